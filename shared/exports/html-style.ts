// The report's one inline stylesheet: a light, printable page that needs no fonts or images from anywhere.

export const reportStyle = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0 auto; max-width: 56rem; padding: 2rem 1.5rem 4rem;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: #1f2937; background: #ffffff;
}
h1, h2, h3, h4 { line-height: 1.25; color: #111827; break-after: avoid; }
h1 { font-size: 1.9rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #e5e7eb; }
h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.4rem; }
p { margin: 0.4rem 0; }
a { color: #1d4ed8; }
.meta { color: #4b5563; margin: 0; }
.score { font-size: 2.4rem; font-weight: 700; color: #1d4ed8; margin: 0.75rem 0 0; }
.verdict { font-weight: 600; }
.verdict.ready { color: #15803d; }
.verdict.not-ready { color: #b45309; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.4rem 0; }
.muted { color: #6b7280; }
.tags { list-style: none; padding: 0; margin: 0.4rem 0; display: flex; flex-wrap: wrap; gap: 0.35rem; }
.tags li { background: #eef2ff; color: #3730a3; border-radius: 999px; padding: 0.05rem 0.6rem; font-size: 0.85rem; }
.links { padding-left: 1.2rem; margin: 0.4rem 0; }
.project { border-top: 1px solid #e5e7eb; padding-top: 0.5rem; margin-top: 2rem; }
.status { display: inline-block; font-size: 0.8rem; font-weight: 600; text-transform: uppercase;
  letter-spacing: 0.04em; padding: 0.05rem 0.5rem; border-radius: 4px; background: #f3f4f6; color: #374151; }
.status.shipped { background: #dcfce7; color: #166534; }
.status.building { background: #dbeafe; color: #1e40af; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.9rem; break-inside: avoid; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e5e7eb; vertical-align: top;
  overflow-wrap: anywhere; }
th { background: #f9fafb; font-weight: 600; }
th[scope="col"] { overflow-wrap: normal; }
th[scope="row"], td:first-child { min-width: 8rem; }
th .muted { font-weight: normal; }
td.number { font-variant-numeric: tabular-nums; }
.better { color: #15803d; }
.worse { color: #b91c1c; }
.milestones { list-style: none; padding-left: 0; }
.milestones li { margin: 0.2rem 0; }
.flags li { margin: 0.35rem 0; }
.fix { color: #374151; }
figure { margin: 0.75rem 0; break-inside: avoid; }
figcaption { font-size: 0.85rem; color: #4b5563; }
svg.chart { display: block; max-width: 100%; height: auto; color: #1f2937; }
progress { width: 100%; max-width: 24rem; height: 0.9rem; }
footer { margin-top: 3rem; font-size: 0.8rem; color: #6b7280; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; }
  .project { break-before: page; border-top: none; }
  tr, li, figure, svg { break-inside: avoid; }
}
`;
