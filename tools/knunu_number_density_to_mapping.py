#!/usr/bin/env python3
"""Converts Belle II's B+ -> K+ nu nubar joint number densities to an Upsilon reinterpretation mapping.

Input: the three CSV files of the authors' public minimal reinterpretation repository
(lorenzennio/knunu-reinterpretation-mini, scripts/data/number_density_{ita_regA,ita_regB,hta}.csv,
commit 065bce07; the data behind arXiv:2507.12393, HEPData doi:10.17182/hepdata.166082), copied to
docs/reinterpret/belle2_bplus_kplus_nunu/. Each CSV row is one reconstructed bin of a workspace
channel, each column one generated-q^2 bin; an entry is the expected number of signal events at
mu = 1 (the SM) generated in that q^2 bin and reconstructed in that bin: the rows sum to the
channel's signal template of the published likelihood. The q^2 binning (from that repository's
scripts/reinterpretation-mini.py, get_binning) is [-1] + linspace(0, 22.885, 101): column 0 is an
underflow bin [-1, 0) GeV^2, columns 1..100 are 100 bins of 0.22885 GeV^2 up to (m_B - m_K)^2.

Output (stdout): the mapping JSON of docs/reinterpret.md, matrix [truth bin][reco bin], truth edges
linspace(0, 22.885, 101). No physical spectrum populates q^2 < 0; the HTA file has 0.0148 expected
events there (0.18% of its template, the ITA files none), which this script adds to the first bin
[0, 0.22885) GeV^2 so that the matrix still sums to the published template.

Usage: python3 tools/knunu_number_density_to_mapping.py docs/reinterpret/belle2_bplus_kplus_nunu \
           > docs/reinterpret/belle2_bplus_kplus_nunu/mapping.json
"""
import csv
import json
import os
import sys

CHANNELS = [
    ("A__Bsig_H_reconstructed_q2_vs_BDT2_Bplus2Kplus_v42_signal_inefficiency_zoomSR_Y4S", "number_density_ita_regA.csv"),
    ("B__Bsig_H_reconstructed_q2_vs_BDT2_Bplus2Kplus_v42_signal_inefficiency_zoomCR_Y4S", "number_density_ita_regB.csv"),
    ("sgn1_had", "number_density_hta.csv"),
]
N_TRUTH = 100
Q2_MAX = 22.885


def main(directory):
    channels = {}
    for name, file in CHANNELS:
        with open(os.path.join(directory, file)) as f:
            rows = [[float(x) for x in r] for r in csv.reader(f) if r]
        for r in rows:
            if len(r) != N_TRUTH + 1:
                sys.exit(f"{file}: expected {N_TRUTH + 1} columns, got {len(r)}")
        # transpose to [truth][reco]; fold the q^2 < 0 underflow column into the first bin
        matrix = [[rows[j][i + 1] for j in range(len(rows))] for i in range(N_TRUTH)]
        for j in range(len(rows)):
            matrix[0][j] += rows[j][0]
        channels[name] = matrix
    edges = [Q2_MAX * i / N_TRUTH for i in range(N_TRUTH + 1)]
    mapping = {
        "format": "upsilon-reinterpret-mapping/1",
        "source": "Belle II B+ -> K+ nu nubar joint number densities (arXiv:2507.12393, HEPData"
        " doi:10.17182/hepdata.166082), from lorenzennio/knunu-reinterpretation-mini commit 065bce07"
        " scripts/data/number_density_{ita_regA,ita_regB,hta}.csv, converted by"
        " tools/knunu_number_density_to_mapping.py (q^2 < 0 underflow of the HTA folded into the first bin)",
        "sample": "signal",
        "samples": {"sgn1_had": "sgn_1_had"},
        "poi": "mu",
        "variable": "q2",
        "unit": "GeV^2",
        "truth_bin_edges": edges,
        "reference_model": "SM",
        "channels": channels,
    }
    json.dump(mapping, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/reinterpret/belle2_bplus_kplus_nunu")
