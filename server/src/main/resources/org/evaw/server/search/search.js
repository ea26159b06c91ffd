// The search boxes' autocompletion (the site's box in every page's navigation, and the search
// page's own): as one types, /suggest offers matching entities in the box's list; choosing one
// opens the entity's page. Without script each box is a plain search form.
(function () {
  'use strict';

  function attach(input) {
    const list = input.list;
    if (!list) return;
    let pages = new Map();
    let timer = 0;
    let asked = 0;

    async function suggest() {
      const q = input.value.trim();
      if (q.length < 2) { list.replaceChildren(); pages = new Map(); return; }
      const mine = ++asked;
      try {
        const reply = await fetch('/suggest?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } });
        if (!reply.ok || mine !== asked) return;
        const found = await reply.json();
        pages = new Map();
        list.replaceChildren(...found.map(s => {
          const option = document.createElement('option');
          option.value = s.label;
          option.label = s.type;
          pages.set(s.label, s.href);
          return option;
        }));
      } catch (e) {
        // Suggestions are a convenience: the form still searches.
      }
    }

    input.addEventListener('input', event => {
      // A choice from the list arrives as an input event that replaces the text (no inputType in some browsers).
      if (pages.has(input.value) && (!event.inputType || event.inputType === 'insertReplacementText')) {
        window.location.href = pages.get(input.value);
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(suggest, 120);
    });
  }

  function start() {
    document.querySelectorAll('input[data-suggest]').forEach(attach);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
