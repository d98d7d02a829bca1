#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Checks compare.py on two hand-made SBOMs (testdata/), whose differences are known by design:

- deb: bsdutils carries epoch 1 inside the version (ours) and as a qualifier (Trivy's style);
  adduser has epoch=0 on one side only; libc6 is amd64 in one, i386 in the other; tzdata differs
  in version; distro qualifiers differ (debian-12 vs debian-12.15).
- pypi: PyYAML vs pyyaml and typing_extensions vs typing-extensions are the same packages.
- npm: accepts appears twice in ours (once nested under express); qs and @types/node (scope
  percent-encoded) only in ours; lodash only in Trivy's.
- maven: log4j-core only in Trivy's. Both have the operating-system component without a purl.

Run: python3 benchmarks/images/test_compare.py
"""
import contextlib
import io
import json
import os
import tempfile
import unittest

import compare

HERE = os.path.dirname(os.path.abspath(__file__))
OURS = os.path.join(HERE, "testdata", "ours.cdx.json")
TRIVY = os.path.join(HERE, "testdata", "trivy.cdx.json")


def section_row(report, section):
    """The counts row under '## section': both, only Stella, only Trivy, other version, ..."""
    lines = report.splitlines()
    start = lines.index(f"## {section}")
    row = lines[start + 4]
    return [int(cell) for cell in row.strip("|").split("|")]


class CompareTest(unittest.TestCase):

    def setUp(self):
        self.report = compare.compare(OURS, TRIVY, "Trivy")

    def test_epoch_as_qualifier_matches_epoch_in_version(self):
        self.assertEqual(compare.normalise(
            "pkg:deb/debian/bsdutils@2.38.1-5%2Bdeb12u3?arch=amd64&epoch=1&distro=debian-12.15")[1],
            "pkg:deb/debian/bsdutils@1:2.38.1-5+deb12u3")
        self.assertEqual(compare.normalise(
            "pkg:deb/debian/bsdutils@1%3A2.38.1-5%2Bdeb12u3?arch=amd64")[1],
            "pkg:deb/debian/bsdutils@1:2.38.1-5+deb12u3")

    def test_epoch_zero_is_no_epoch(self):
        self.assertEqual(compare.normalise("pkg:deb/debian/adduser@3.134?epoch=0")[1],
                         "pkg:deb/debian/adduser@3.134")

    def test_pypi_names_follow_pep_503(self):
        self.assertEqual(compare.normalise("pkg:pypi/Typing_Extensions@4.4.0")[1],
                         "pkg:pypi/typing-extensions@4.4.0")

    def test_npm_scope_encoded_or_not_is_the_same(self):
        self.assertEqual(compare.normalise("pkg:npm/%40types/node@20.1.0")[1],
                         compare.normalise("pkg:npm/@types/node@20.1.0")[1])

    def test_maven_names_keep_their_case(self):
        self.assertEqual(compare.normalise("pkg:maven/org.Foo/Bar@1.0?type=jar")[1],
                         "pkg:maven/org.Foo/Bar@1.0")

    def test_deb_counts_fold_epochs_and_pair_other_versions(self):
        self.assertEqual(section_row(self.report, "deb/debian"), [3, 0, 0, 1, 4, 4])
        self.assertIn("- `pkg:deb/debian/tzdata@2025b-0+deb12u2 vs 2025a-0+deb12u1`",
                      self.report)

    def test_arch_disagreement_is_listed_not_hidden(self):
        self.assertIn("- `pkg:deb/debian/libc6@2.36-9+deb12u13: amd64 vs i386`", self.report)

    def test_distro_qualifiers_of_both_sides_are_shown(self):
        self.assertIn("`distro` qualifiers: Stella debian-12; Trivy debian-12.15", self.report)

    def test_npm_duplicates_count_once_and_differences_are_listed(self):
        self.assertEqual(section_row(self.report, "npm"), [2, 2, 1, 0, 5, 3])
        self.assertIn("- `pkg:npm/@types/node@20.1.0`", self.report)
        self.assertIn("- `pkg:npm/qs@6.7.0`", self.report)
        self.assertIn("- `pkg:npm/lodash@4.17.20`", self.report)

    def test_pypi_and_maven_and_unkeyed_sections(self):
        self.assertEqual(section_row(self.report, "pypi"), [2, 0, 0, 0, 2, 2])
        self.assertEqual(section_row(self.report, "maven"), [0, 0, 1, 0, 0, 1])
        self.assertEqual(section_row(self.report, "(no purl)"), [1, 0, 0, 0, 1, 1])

    def test_summary_lists_every_section(self):
        self.assertIn("| deb/debian | 3 | 0 | 0 | 1 |", self.report)
        self.assertIn("| npm | 2 | 2 | 1 | 0 |", self.report)
        self.assertIn("| maven | 0 | 0 | 1 | 0 |", self.report)

    def test_rejects_a_document_that_is_not_cyclonedx(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as spdx:
            json.dump({"spdxVersion": "SPDX-2.3"}, spdx)
        self.addCleanup(os.unlink, spdx.name)
        stderr = io.StringIO()
        with contextlib.redirect_stderr(stderr), self.assertRaises(SystemExit) as exit_:
            compare.compare(spdx.name, TRIVY, "Trivy")
        self.assertEqual(exit_.exception.code, 2)
        self.assertIn("not a CycloneDX JSON document", stderr.getvalue())


if __name__ == "__main__":
    unittest.main()
