// The two static files the pages load from /static/: the editorial-layer toggle script and the style sheet.

/** Shows the toggle (hidden without script) and switches the editorial layer; no inline handlers anywhere. */
export const APP_JS = `// lodscribe reading view: the switch for the editorial layer.
(function () {
  'use strict';
  var button = document.getElementById('toggle-editorial');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', function () {
    var hidden = document.body.classList.toggle('hide-editorial');
    button.setAttribute('aria-pressed', hidden ? 'false' : 'true');
    button.textContent = hidden ? 'Show the editorial layer' : 'Hide the editorial layer';
  });
})();
`;

export const STYLE_CSS = `/* lodscribe pages */
body { font: 17px/1.5 Georgia, 'Times New Roman', serif; color: #1d1d1d; background: #fcfbf8; margin: 0; }
header.site { font: 14px/1.4 system-ui, sans-serif; padding: .6em 1.5em; background: #26323a; color: #eee; }
header.site a { color: #fff; margin-right: 1.2em; }
main { max-width: 46em; margin: 0 auto; padding: 1em 1.5em 4em; }
h1 { font-size: 1.5em; line-height: 1.25; }
h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ddd; }
.iri, code { font: 13px/1.4 ui-monospace, monospace; word-break: break-all; color: #555; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
ol.turns { list-style: none; padding: 0; }
li.turn { margin: 0 0 1em; }
.speaker { font-weight: bold; font-variant: small-caps; }
.text, .narration { white-space: pre-line; }
a.mention { color: #0b4f8a; text-decoration: none; border-bottom: 1px dotted #0b4f8a; }
.editorial, .editorial-legend { color: #8a4b00; background: #fff1dc; font-style: italic; }
body.hide-editorial .editorial { display: none; }
.aside { color: #666; font-style: italic; }
button#toggle-editorial { font: 14px system-ui, sans-serif; padding: .3em .8em; }
table.statements { border-collapse: collapse; width: 100%; }
table.statements td, table.statements th { border-top: 1px solid #e5e5e5; padding: .25em .5em; vertical-align: top; text-align: left; }
textarea { width: 100%; font: 13px/1.4 ui-monospace, monospace; }
`;

export const STATIC_FILES: Readonly<Record<string, { type: string; body: string }>> = {
  '/static/app.js': { type: 'text/javascript; charset=utf-8', body: APP_JS },
  '/static/style.css': { type: 'text/css; charset=utf-8', body: STYLE_CSS },
};
