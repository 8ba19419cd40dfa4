"""Baseline analysis: assessment rounds' results by district, block, cluster and school.

``analysis`` (one round per unit, filtered by grade and subject, drilled into a block or cluster),
``comparison`` (two rounds: changes, most and least improved schools, the playbook's impact
indicators), ``figures`` (counts, percentages, small-group suppression), ``reports`` (the printed
report and workbook on an office's letterhead). Everything reads the result summaries, never the
student results row by row.
"""
