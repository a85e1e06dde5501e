"""What a reviewer reads: a release's changes, pictured with their neighbours, and the schema's docs, as plain
data for :mod:`zsgate.checks.report` to write as Markdown or HTML."""
