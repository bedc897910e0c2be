/**
 * The report's only stylesheet, inline so the file stands alone. Colours
 * meet WCAG AA on their backgrounds; severity is also told by a symbol, a
 * word and the underline style, never by colour alone.
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c9c9c9; --paper: #ffffff; --panel: #f5f6f8;
  --error: #a4001d; --error-bg: #fde6e9; --warning: #7a4a00; --warning-bg: #fff0c7; --info: #1447b8; --info-bg: #e1ebff;
  --pass: #1b6b2f; --fail: #a4001d; --focus: #1447b8; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5; color: var(--ink); background: var(--paper); }
a { color: var(--focus); }
a:focus-visible, mark:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: var(--paper); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: 1rem; }
header.page, main, footer.page { max-width: 90rem; margin: 0 auto; padding: 0 1.5rem; }
header.page { padding-top: 1.5rem; border-bottom: 1px solid var(--line); }
header.page h1 { margin: 0 0 .25rem; font-size: 1.75rem; }
header.page p { margin: 0 0 1rem; color: var(--muted); }
footer.page { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: 1rem; padding-bottom: 2rem; color: var(--muted); font-size: .9rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 .5rem; }
.stats { display: flex; flex-wrap: wrap; gap: .75rem; list-style: none; padding: 0; margin: 0 0 1rem; }
.stats li { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem .9rem; min-width: 7.5rem; background: var(--panel); }
.stats .value { display: block; font-size: 1.6rem; font-weight: 700; }
.stats .label { color: var(--muted); font-size: .9rem; }
.overview { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem; }
figure.chart { margin: 0; max-width: 56rem; border: 1px solid var(--line); border-radius: .4rem; padding: .75rem; }
figure.chart figcaption { font-weight: 600; margin-bottom: .5rem; }
figure.chart svg { width: 100%; height: auto; }
figure.chart text { font: 13px system-ui, sans-serif; fill: #1b1b1b; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding-bottom: .4rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--panel); }
tbody th { font-weight: 400; overflow-wrap: anywhere; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.verdict { font-weight: 700; }
.verdict.pass { color: var(--pass); }
.verdict.fail, .verdict.unreadable { color: var(--fail); }
article.doc { border-top: 3px solid var(--ink); margin-top: 2.5rem; }
article.doc > h2 { margin-top: 1rem; overflow-wrap: anywhere; }
.scoreline { display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: center; margin-bottom: 1rem; }
.score { font-size: 2rem; font-weight: 700; }
.score small { font-size: 1rem; font-weight: 400; color: var(--muted); }
.categories { display: grid; grid-template-columns: max-content 8rem max-content; gap: .15rem .6rem; align-items: center; margin: 0; }
.categories dt { font-weight: 600; }
.categories dd { margin: 0; display: contents; }
meter { width: 8rem; }
.metrics { color: var(--muted); margin: 0; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1.5rem; align-items: start; }
.letter-text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.7;
  border: 1px solid var(--line); border-radius: .4rem; padding: 1.25rem 1.5rem; margin: 0; background: var(--paper); }
mark { color: inherit; padding: 0 .05em; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.sev-error { background: var(--error-bg); border-bottom: 2px solid var(--error); }
mark.sev-warning { background: var(--warning-bg); border-bottom: 2px dashed var(--warning); }
mark.sev-info { background: var(--info-bg); border-bottom: 2px dotted var(--info); }
/* A finding inside another is a shade darker, so both can be seen. */
mark mark.sev-error { background: #f8c5cc; } mark mark.sev-warning { background: #ffdd85; } mark mark.sev-info { background: #c2d5ff; }
mark.point { display: inline-block; width: .7em; height: 1em; vertical-align: text-bottom; border-bottom-width: 3px; }
mark:target { outline: 3px solid var(--focus); outline-offset: 1px; }
a.ref { font-family: system-ui, sans-serif; font-size: .7em; vertical-align: super; line-height: 0; text-decoration: none; padding: 0 .1em; user-select: none; }
aside.panel { background: var(--panel); border: 1px solid var(--line); border-radius: .4rem; padding: .5rem 1rem 1rem; position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; }
aside.panel h3 { margin-top: .5rem; }
ol.findings { margin: 0; padding-left: 1.75rem; }
ol.findings li { margin: 0 0 .9rem; padding-left: .25rem; }
ol.findings li:target { outline: 3px solid var(--focus); outline-offset: 3px; background: var(--paper); }
ol.findings p { margin: .1rem 0; }
.where { font-weight: 600; }
.sev { font-weight: 700; }
.sev-error .sev { color: var(--error); }
.sev-warning .sev { color: var(--warning); }
.sev-info .sev { color: var(--info); }
code { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: .9em; }
.excerpt { color: var(--muted); }
.suggestion { color: var(--pass); }
.standard, .rule { color: var(--muted); font-size: .9rem; }
.known { font-size: .8rem; border: 1px solid var(--muted); border-radius: .2rem; padding: 0 .25rem; color: var(--muted); }
.legend { margin: .25rem 0 0; font-size: .9rem; color: var(--muted); }
.swatch { display: inline-block; width: .8em; height: .8em; margin-left: .6em; vertical-align: -.05em; }
.swatch-error { background: #a4001d; } .swatch-warning { background: #b36b00; } .swatch-info { background: #1447b8; }
.none { color: var(--pass); font-weight: 600; }
.note { color: var(--muted); }
@media (max-width: 60rem) { .layout, .overview { grid-template-columns: minmax(0, 1fr); } aside.panel { position: static; max-height: none; } }
@media print {
  body { font-size: 10.5pt; }
  .skip { display: none; }
  header.page, main, footer.page { max-width: none; padding: 0; }
  .layout, .overview { display: block; }
  aside.panel { position: static; max-height: none; overflow: visible; border: 0; background: none; padding: 0; margin-top: 1rem; }
  article.doc { break-before: page; border-top: 0; }
  .letter-text { border: 0; padding: 0; font-size: 10.5pt; }
  ol.findings li, tr, figure.chart { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  mark, .stats li, th, .swatch, figure.chart rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
