/**
 * pyhf JSON workspaces (schema 1.0.0): immutable value classes, a validating reader that names the
 * JSON pointer of every problem, RFC 6902 JSON Patch application (HEPData signal patches), measurement
 * selection and a writer back to pyhf JSON.
 */
package io.upsilon.stats.workspace;
