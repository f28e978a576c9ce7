'use strict';
// Each form with data-api sends its fields to that API route as JSON (the session cookie signs it in), then
// shows the page again with what changed, or says in the form what the server refused and why.
(function () {
  // A page brought back by Back (the browser's back-forward cache) after signing out is fetched again, so a
  // shared machine shows no one's figures: signed out, it asks for a sign-in.
  window.addEventListener('pageshow', event => {
    if (event.persisted) {
      location.reload();
    }
  });
  const said = sessionStorage.getItem('teller-said');
  if (said) {
    sessionStorage.removeItem('teller-said');
    const flash = document.getElementById('flash');
    const { text, problem } = JSON.parse(said);
    flash.textContent = text;
    flash.hidden = false;
    if (problem) {
      flash.classList.add('error');
      flash.setAttribute('role', 'alert');
    }
  }

  for (const form of document.querySelectorAll('form[data-api]')) {
    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
        return;
      }
      let body;
      try {
        body = json(form);
      } catch (problem) {
        say(form.querySelector('.answer'), problem.message);
        return;
      }
      send(form, form.dataset.api, body, 'application/json', form.dataset.method || 'POST');
    });
  }

  // A file of ballot papers: sent as its bytes, with its name and the SHA-256 the person types (the scanning
  // system's), which the server checks the bytes against. Where this browser can, it works the SHA-256 out too,
  // and shows it beside, for the person to compare: it never fills the field, or the check would prove nothing.
  for (const form of document.querySelectorAll('form[data-upload]')) {
    const file = form.querySelector('input[type=file]');
    const sha256 = form.querySelector('input[name=sha256]');
    const computed = form.querySelector('#papers-computed');
    file.addEventListener('change', async () => {
      computed.hidden = true;
      if (!file.files.length || !(window.crypto && crypto.subtle)) {
        return;
      }
      const chosen = file.files[0];
      const digest = await crypto.subtle.digest('SHA-256', await chosen.arrayBuffer());
      if (file.files[0] !== chosen) {
        return; // another file was chosen meanwhile
      }
      const hex = [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, '0')).join('');
      computed.textContent = 'This browser works out ' + chosen.name + "'s SHA-256 as " + hex
          + ': type the one the scanning system gives above; the server checks the file against it.';
      computed.hidden = false;
    });
    form.addEventListener('submit', event => {
      event.preventDefault();
      const chosen = file.files[0];
      let url = form.dataset.upload + '?name=' + encodeURIComponent(chosen.name) + '&sha256=' + encodeURIComponent(sha256.value.trim())
          + '&format=' + encodeURIComponent(form.elements.format.value);
      for (const field of form.querySelectorAll('input[name^="rejected."]')) {
        if (field.value.trim() !== '') {
          url += '&' + encodeURIComponent(field.name) + '=' + encodeURIComponent(field.value.trim());
        }
      }
      send(form, url, chosen, chosen.name.endsWith('.gz') ? 'application/gzip' : 'text/csv');
    });
  }

  async function send(form, url, body, type, method = 'POST') {
    const answerSlot = form.querySelector('.answer');
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const response = await fetch(url, {
        method, credentials: 'same-origin', headers: { 'Content-Type': type, 'Accept': 'application/json' }, body
      });
      const answer = await response.json().catch(() => ({}));
      if (response.ok) {
        const awaiting = answer.status === 'awaiting-second-entry' ? ' A second person enters it again before it is accepted.' : '';
        const accepted = answer.status === 'accepted' ? ' Both entries agree: accepted.' : '';
        const warnings = (answer.warnings || []).map(warning => ' Warning: ' + warning + '.').join('');
        reshow(form.dataset.done + awaiting + accepted + warnings, warnings !== '');
      } else if (answer.status === 'disagreement') {
        // The return's state changed (it disagrees): the page shows it, with the differences.
        reshow(answer.error + ' Differences: ' + answer.differences.join('; ') + '.', true);
      } else {
        say(answerSlot, answer.error || 'The server answered ' + response.status + '.');
      }
    } catch (failure) {
      say(answerSlot, 'The server could not be reached (' + failure.message + '): nothing was sent.');
    } finally {
      button.disabled = false;
    }
  }

  function say(slot, text) {
    slot.textContent = text;
    slot.classList.add('error');
  }

  function reshow(text, problem) {
    sessionStorage.setItem('teller-said', JSON.stringify({ text, problem }));
    location.reload();
  }

  // The body written by hand, so that a figure keeps every digit typed (a JavaScript number holds about 16).
  function json(form) {
    const top = [];
    const groups = new Map();
    for (const field of form.elements) {
      if (!field.name || field.disabled) {
        continue;
      }
      let value;
      if (field.type === 'checkbox') {
        value = field.checked ? 'true' : 'false';
      } else if (field.dataset.kind === 'count') {
        const text = field.value.trim();
        if (text === '') {
          continue; // left empty: the API's default (none, or 0 for a head of rejected papers)
        }
        // Digits as a JSON number (no leading zeros in JSON); anything else as text, for the server to refuse by name.
        value = /^[0-9]+$/.test(text) ? text.replace(/^0+(?=[0-9])/, '') : JSON.stringify(text);
      } else if (field.dataset.kind === 'candidates') {
        value = JSON.stringify(field.value.split('\n').map(line => line.trim()).filter(line => line !== '').map(line => {
          // Semicolons, not commas: a ballot paper's names are often written BIGGS, John.
          const [name, party, shortLabel] = line.split(';').map(part => part.trim());
          return { name, party: party || undefined, shortLabel: shortLabel || undefined };
        }));
      } else {
        if (field.value.trim() === '' && !field.required) {
          continue;
        }
        value = JSON.stringify(field.value);
      }
      const entry = JSON.stringify(field.name) + ':' + value;
      const group = field.dataset.group;
      if (group) {
        if (!groups.has(group)) {
          groups.set(group, []);
        }
        groups.get(group).push(entry);
      } else {
        top.push(entry);
      }
    }
    for (const [group, entries] of groups) {
      top.push(JSON.stringify(group) + ':{' + entries.join(',') + '}');
    }
    return '{' + top.join(',') + '}';
  }
})();
