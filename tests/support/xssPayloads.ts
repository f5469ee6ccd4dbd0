// Generated XSS payloads for the browser attack suite (tests/web/xss-payloads.test.ts). Every payload, if the page
// ever ran it, either opens a dialog (alert/confirm/prompt — the test listens for dialogs) or sets the sentinel
// `window.__xss` (the test reads it after every view). Families: classic tags and event handlers, attribute and
// element breakouts, SVG/MathML, URL schemes, unicode and encoding tricks, template syntax of other frameworks.

/** Script bodies a payload runs; each one is observable (a dialog or the sentinel). */
const CODES = [
  'alert(1)',
  'top.__xss=1',
  'confirm(1)',
  'prompt(1)',
  "top['__xss']=1",
  'alert`1`',
  '(top.__xss=document.domain)',
  "eval(atob('dG9wLl9feHNzPTE='))", // top.__xss=1
  'window.parent.__xss=1',
  "setTimeout('top.__xss=1')",
];

/** Vectors with a `JS` hole. */
const TEMPLATES = [
  // classic tags and handlers
  '<script>JS</script>',
  '<img src=x onerror=JS>',
  '<img src="x" onerror="JS">',
  '<img/src/onerror=JS>',
  '<svg onload=JS>',
  '<svg/onload=JS>',
  '<body onload=JS>',
  '<iframe src="javascript:JS">',
  '<iframe srcdoc="<script>JS</script>">',
  '<details open ontoggle=JS>',
  '<input autofocus onfocus=JS>',
  '<select autofocus onfocus=JS>',
  '<video><source onerror=JS></video>',
  '<audio src=x onerror=JS>',
  '<object data="javascript:JS">',
  '<embed src="javascript:JS">',
  '<a href="javascript:JS">click</a>',
  '<form action="javascript:JS"><button>go</button></form>',
  '<marquee onstart=JS>',
  '<div style="width:expression(JS)">',
  '<meta http-equiv="refresh" content="0;url=javascript:JS">',
  '<base href="javascript:JS//">',
  '<style onload=JS></style>',
  '<img src=x:x onerror=JS>',
  '<image src=x onerror=JS>',
  '<scr<script>ipt>JS</scr</script>ipt>',
  // attribute and element breakouts
  '"><img src=x onerror=JS>',
  "'><svg onload=JS>",
  '" autofocus onfocus="JS',
  "' onmouseover='JS",
  '" onerror="JS" x="',
  '</textarea><script>JS</script>',
  '</title><script>JS</script>',
  '</style><img src=x onerror=JS>',
  '</script><script>JS</script>',
  '--><script>JS</script>',
  ']]><script>JS</script>',
  '<noscript><p title="</noscript><img src=x onerror=JS>">',
  // SVG / MathML
  '<svg><script>JS</script></svg>',
  '<svg><animate onbegin=JS attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:JS"><text x=0 y=20>x</text></a></svg>',
  '<svg><foreignObject><img src=x onerror=JS></foreignObject></svg>',
  '<svg><set attributeName=onload to=JS />',
  '<math><mtext><table><mglyph><style><img src=x onerror=JS>',
  '<math href="javascript:JS">x</math>',
  '<math><maction actiontype=statusline xlink:href="javascript:JS">x</maction></math>',
  // URL schemes (as link targets)
  'javascript:JS',
  'JaVaScRiPt:JS',
  ' javascript:JS',
  'java\tscript:JS',
  'java&#x09;script:JS',
  'data:text/html,<script>JS</script>',
  'data:text/html;base64,PHNjcmlwdD50b3AuX194c3M9MTwvc2NyaXB0Pg==',
  'vbscript:JS',
  '//evil.example/?JS',
  // unicode and encoding tricks
  '＜script＞JS＜/script＞',
  '&lt;script&gt;JS&lt;/script&gt;',
  '&#60;img src=x onerror=JS&#62;',
  '%3Cscript%3EJS%3C/script%3E',
  '\\u003cscript\\u003eJS\\u003c/script\\u003e',
  '<scr\u200bipt>JS</scr\u200bipt>',
  '\u202e<img src=x onerror=JS>',
  '<img src=x onerror\u0009=JS>',
  // template syntax of other frameworks (the page must show them as text)
  "{{constructor.constructor('JS')()}}",
  '${JS}',
  '#{JS}',
  '<%= JS %>',
  '{{JS}}',
  '[[JS]]',
  '{"__html":"<img src=x onerror=JS>"}',
];

/** Each template × code, and a second spelling with upper-case tags; deduplicated, in a stable order. */
export function generateXssPayloads(): string[] {
  const out = new Set<string>();
  for (const template of TEMPLATES) {
    for (const code of CODES) {
      const payload = template.split('JS').join(code);
      out.add(payload);
      out.add(payload.replace(/<(\/?)([a-z]+)/g, (_m, slash: string, tag: string) => `<${slash}${tag.toUpperCase()}`));
    }
  }
  return [...out];
}
