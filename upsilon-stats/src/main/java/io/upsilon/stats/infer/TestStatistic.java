package io.upsilon.stats.infer;

import io.upsilon.core.error.InputException;

/** Profile-likelihood test statistics of arXiv:1007.1727, with pyhf's names. */
public enum TestStatistic {
    /** Discovery: q0 = -2 ln lambda(0) if mu-hat >= 0, else 0. */
    Q0("q0"),
    /** Upper-limit q_mu (0 where mu-hat > mu). */
    Q("q"),
    /** q~_mu: q_mu with mu-hat bounded below by 0 (pyhf's default for CLs). */
    QTILDE("qtilde"),
    /** Two-sided t_mu. */
    T("t"),
    /** t~_mu: t_mu with mu-hat bounded below by 0. */
    TTILDE("ttilde");

    private final String pyhfName;

    TestStatistic(String pyhfName) {
        this.pyhfName = pyhfName;
    }

    /** pyhf's name. */
    public String pyhfName() {
        return pyhfName;
    }

    /** Looks a statistic up by pyhf name. */
    public static TestStatistic parse(String name) {
        for (TestStatistic t : values()) {
            if (t.pyhfName.equals(name)) {
                return t;
            }
        }
        throw new InputException("--test-stat", "", "expected one of q0, q, qtilde, t, ttilde; got \"" + name + "\"");
    }
}
