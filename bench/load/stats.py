"""Prints Gatling's per-request figures (js/stats.js of a report) as Markdown table rows."""
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
for chunk in text.split("stats: {")[1:]:
    name = re.search(r'"name": "(.*?)"', chunk).group(1)

    def total(field):
        found = re.search('"' + field + r'": \{\s*"total": "?(-|\d+)"?', chunk)
        return found.group(1) if found else "-"

    ko = re.search(r'"numberOfRequests": \{\s*"total": "?\d+"?,\s*"ok": "?\d+"?,\s*"ko": "?(\d+)"?', chunk).group(1)
    label = "**all requests**" if name == "All Requests" else name
    print(f"| {label} | {total('numberOfRequests')} | {ko} | {total('meanResponseTime')} | {total('percentiles1')} "
          f"| {total('percentiles3')} | {total('percentiles4')} | {total('maxResponseTime')} |")
