/**
 * A safe cut-expression language: {@link io.upsilon.analysis.select.CutExpression} parses text such
 * as {@code muonID > 0.9 and abs(d0) < 0.5 and 0.3 < useCMSFrame(p) < 5} with a {@link
 * io.upsilon.analysis.select.Tokenizer} and a recursive-descent {@link
 * io.upsilon.analysis.select.CutParser} into an AST ({@link io.upsilon.analysis.select.Node}) that
 * is evaluated by walking it; nothing is ever compiled or run as code. Errors are {@link
 * io.upsilon.core.error.InputException}s whose location is {@code column N}.
 */
package io.upsilon.analysis.select;
