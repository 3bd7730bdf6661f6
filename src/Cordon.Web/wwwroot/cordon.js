'use strict';
// Plain DOM code on purpose: the UI must work with no network and no build step.
const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };

async function api(path, options) {
  const response = await fetch(path, options);
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
  if (!response.ok) throw new Error(body?.detail ?? body?.title ?? `HTTP ${response.status}`);
  return body;
}

function describe(explanation) {
  const lines = [];
  if (!explanation) return lines;
  for (const f of explanation.features ?? []) lines.push(`${f.points >= 0 ? '+' : ''}${Number(f.points).toFixed(2)} ${f.feature}: ${f.reason}`);
  return lines;
}

document.getElementById('screen-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const status = document.getElementById('screen-status');
  const results = document.getElementById('screen-results');
  results.replaceChildren();
  status.className = ''; status.textContent = 'Screening…';
  const request = Object.fromEntries([...form.entries()].filter(([, v]) => v !== ''));
  try {
    const response = await api('/api/screen', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
    status.textContent = response.matches.length === 0
      ? `No match at or above ${response.threshold} (${response.algorithm}).`
      : `${response.matches.length} match(es) at or above ${response.threshold} (${response.algorithm}).`;
    for (const m of response.matches) {
      const box = el('div', undefined, 'match');
      box.append(el('span', m.score.toFixed(3), 'score'), document.createTextNode(` ${m.primaryName} — ${m.listId} #${m.entityId} (${m.entityType}; ${m.programs.join(', ')})`));
      box.append(el('div', `matched name: ${m.matchedName}`));
      const reasons = el('ul', undefined, 'reasons');
      for (const line of describe(m.explanation)) reasons.append(el('li', line));
      box.append(reasons);
      results.append(box);
    }
  } catch (error) {
    status.className = 'error'; status.textContent = error.message;
  }
});

async function loadLists() {
  const body = document.getElementById('lists-body');
  const lists = await api('/api/lists');
  body.replaceChildren(...lists.map(l => {
    const row = el('tr');
    row.append(el('td', l.listName), el('td', String(l.current.id)), el('td', String(l.current.entityCount)), el('td', new Date(l.current.importedAt).toLocaleString()), el('td', l.current.format));
    return row;
  }));
}

async function loadAlerts() {
  const body = document.getElementById('alerts-body');
  const alerts = await api('/api/alerts');
  body.replaceChildren(...alerts.slice(0, 200).map(a => {
    const row = el('tr');
    row.append(el('td', new Date(a.createdAt).toLocaleString()), el('td', a.subjectId), el('td', a.kind), el('td', a.listId), el('td', `${a.entityName} (#${a.entitySourceId})`), el('td', a.score.toFixed(3)));
    return row;
  }));
}

loadLists().catch(e => { document.getElementById('lists-body').append(el('tr', e.message, 'error')); });
loadAlerts().catch(e => { document.getElementById('alerts-body').append(el('tr', e.message, 'error')); });
