/**
 * The preview page: the course in a frame, and beside it what a SCORM 1.2 LMS records
 * (status, score, bookmark, suspend data against its 4096 limit, each interaction).
 * The LMS side is scorm-again's Scorm12API, the same runtime the tests use.
 */
export function hostPage(title: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview · ${title.replace(/</g, '&lt;')}</title>
<script src="/__lms/scorm12.js"></script>
<style>
body{margin:0;font:14px/1.4 system-ui,sans-serif;display:grid;grid-template-columns:1fr 360px;height:100vh;color:#1a1a1a}
iframe{border:0;width:100%;height:100%}
aside{overflow:auto;border-left:1px solid #ccc;padding:12px;background:#f7f7f7}
h1{font-size:16px;margin:0 0 8px}h2{font-size:14px;margin:16px 0 4px}
dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:0}dt{font-weight:600}dd{margin:0;word-break:break-all}
table{border-collapse:collapse;width:100%;font-size:12px}td,th{border:1px solid #ccc;padding:2px 4px;text-align:left;vertical-align:top}
button{font:inherit;padding:4px 10px;margin:0 4px 4px 0;min-height:28px}
#errors{position:fixed;inset:0 360px 0 0;background:#fff;overflow:auto;padding:16px 24px;display:none}
#errors.on{display:block}.over{color:#b00020;font-weight:600}
#errors ol{padding:0;list-style:none;margin:0}#errors li{border-left:4px solid #b00020;padding:6px 12px;margin:0 0 10px;background:#fdf3f4}
#errors li.warning{border-color:#8a5a00;background:#fdf8ec}#errors .where{font:13px ui-monospace,monospace;font-weight:600}
#errors .sev{text-transform:uppercase;font-size:11px;letter-spacing:.05em;margin:0 4px}#errors .rule{color:#555;font-size:12px}
#errors .msg{display:block;margin:2px 0}#errors .hint{margin:2px 0 0;color:#1d3f6e}
</style></head>
<body>
<main><iframe id="sco" title="Course"></iframe><div id="errors" role="alert"></div></main>
<aside aria-label="What the LMS records">
<h1>What the LMS records</h1>
<button id="relaunch" type="button">Leave and come back</button><button id="reset" type="button">New learner</button>
<dl id="core"></dl>
<h2>Interactions</h2><table><thead><tr><th>id</th><th>type</th><th>response</th><th>pattern</th><th>result</th></tr></thead><tbody id="interactions"></tbody></table>
</aside>
<script>
(function () {
  var KEY = 'connectoo-preview-cmi';
  var api;
  function start(cmi) {
    api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5, mastery_override: true });
    api.loadFromJSON(cmi || { core: { student_id: 'preview', student_name: 'Preview, Learner', credit: 'credit', lesson_mode: 'normal' } });
    ['LMSSetValue', 'LMSCommit', 'LMSFinish'].forEach(function (fn) {
      var orig = api[fn].bind(api);
      api[fn] = function () { var r = orig.apply(null, arguments); if (fn !== 'LMSSetValue') save(); setTimeout(show, 0); return r; };
    });
    window.API = api;
    document.getElementById('sco').src = '/package/index.html?' + Date.now();
    show();
  }
  function cmiNow() { var j = api.renderCMIToJSONObject(); return j.cmi || j; }
  function save() { try { sessionStorage.setItem(KEY, JSON.stringify(cmiNow())); } catch (e) {} }
  function next(c) {
    var core = c.core || {};
    return { core: { student_id: core.student_id, student_name: core.student_name, credit: 'credit', lesson_mode: 'normal',
      lesson_location: core.lesson_location, lesson_status: core.lesson_status, score: core.score,
      entry: core.exit === 'suspend' ? 'resume' : '' }, suspend_data: c.suspend_data };
  }
  function row(k, v, cls) { return '<dt>' + k + '</dt><dd' + (cls ? ' class="' + cls + '"' : '') + '>' + esc(v == null || v === '' ? '—' : String(v)) + '</dd>'; }
  function esc(s) { return s.replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function show() {
    var c = cmiNow(), core = c.core || {}, score = core.score || {}, sd = c.suspend_data || '';
    document.getElementById('core').innerHTML = row('lesson_status', core.lesson_status) + row('score', score.raw === '' || score.raw == null ? '' : score.raw + ' (' + score.min + '–' + score.max + ')') +
      row('lesson_location', core.lesson_location) + row('exit', core.exit) + row('session_time', core.session_time) +
      row('suspend_data', sd.length + ' / 4096 characters', sd.length > 4096 ? 'over' : '');
    var list = (c.interactions && c.interactions.childArray) || c.interactions || [];
    if (!Array.isArray(list)) list = Object.keys(list).filter(function (k) { return /^\\d+$/.test(k); }).map(function (k) { return list[k]; });
    document.getElementById('interactions').innerHTML = list.map(function (i) {
      var cr = i.correct_responses; var p = cr && (cr.childArray || cr)[0];
      return '<tr><td>' + esc(String(i.id)) + '</td><td>' + esc(String(i.type)) + '</td><td>' + esc(String(i.student_response)) + '</td><td>' + esc(String(p ? p.pattern : '')) + '</td><td>' + esc(String(i.result)) + '</td></tr>';
    }).join('');
  }
  function relaunch() {
    var sco = document.getElementById('sco');
    sco.src = 'about:blank';
    setTimeout(function () { start(next(cmiNow())); }, 100);
  }
  document.getElementById('relaunch').onclick = relaunch;
  document.getElementById('reset').onclick = function () { sessionStorage.removeItem(KEY); start(); };
  var events = new EventSource('/__events');
  function problems(l) {
    var items = l.problems.map(function (p) {
      var where = p.file + (p.line ? ':' + p.line + ':' + (p.column || 1) : '') + ':';
      return '<li class="' + p.severity + '"><span class="where">' + esc(where) + '</span> <span class="sev">' + p.severity + '</span> <span class="msg">' +
        esc(p.message) + '</span> <code class="rule">[' + esc(p.rule) + ']</code>' + (p.hint ? '<p class="hint">' + esc(l.hintLabel + ' ' + p.hint) + '</p>' : '') + '</li>';
    }).join('');
    return '<h1>' + esc(l.heading) + '</h1><p>' + esc(l.summary) + '</p><ol>' + items + '</ol>';
  }
  events.addEventListener('build', function (e) {
    var d = JSON.parse(e.data), box = document.getElementById('errors');
    box.className = d.ok ? '' : 'on';
    box.innerHTML = d.ok ? '' : problems(d.list);
    if (d.ok && d.reload) relaunch();
  });
  var saved = null; try { saved = JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch (e) {}
  start(saved ? next(saved) : undefined);
})();
</script></body></html>`;
}
