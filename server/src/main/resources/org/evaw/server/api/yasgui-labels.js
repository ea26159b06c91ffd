// Names what YASGUI draws without a name, for screen readers and the accessibility tests: the
// query's text area, the endpoint's box and the result view's inputs get labels, and the button
// that adds a tab, which YASGUI puts inside its tab list and moves to with the arrow keys like the
// tabs, gets the tab role that list requires of its members. Run again whenever YASGUI redraws
// (a new tab, a new result).
'use strict';
(function () {
  const root = document.getElementById('yasgui');
  if (!root) return;
  const names = [
    ['.CodeMirror textarea', 'SPARQL query'],
    ['input.autocomplete', 'SPARQL endpoint'],
    ['.yasr input[type=search]', 'Filter the results'],
    ['.yasr select', 'Rows per page'],
    ['.yasr input:not([type])', 'Filter the results'],
    ['.tabPanel input[type=text]', 'Tab name']
  ];
  function name() {
    for (const [selector, label] of names)
      for (const el of root.querySelectorAll(selector))
        if (!el.hasAttribute('aria-label') && !el.labels?.length) el.setAttribute('aria-label', label);
    for (const add of root.querySelectorAll('.tabsList button.addTab'))
      if (add.getAttribute('role') !== 'tab') { add.setAttribute('role', 'tab'); add.setAttribute('aria-selected', 'false'); }
  }
  name();
  new MutationObserver(name).observe(root, { childList: true, subtree: true });
})();
