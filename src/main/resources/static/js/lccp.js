// Progressive enhancement only: every page works without this file.
document.documentElement.classList.add('js');

document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// After a partial update, move focus to the refreshed region so screen readers announce it.
document.addEventListener('htmx:afterSwap', function (event) {
  var target = event.detail.target;
  if (target && target.id && !target.contains(document.activeElement)) {
    target.setAttribute('tabindex', '-1');
  }
});

// Folded filters open by themselves on wider screens (CSS does it too where the browser knows
// ::details-content); on phones they stay folded until tapped. The site menu needs no script.
(function () {
  var medium = window.matchMedia('(min-width: 48rem)');
  function unfold() {
    document.querySelectorAll('details.filter-fold').forEach(function (d) {
      if (medium.matches) { d.open = true; }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', unfold);
  } else {
    unfold();
  }
})();

// Long lists of checkboxes get a filter box: typing narrows the list, ticks stay as they are.
(function () {
  function enhance() {
    document.querySelectorAll('.check-list').forEach(function (list) {
      var items = list.querySelectorAll('.check-items li');
      if (items.length < 8 || list.querySelector('.check-filter')) {
        return;
      }
      var legend = list.querySelector('legend');
      var filter = document.createElement('input');
      filter.type = 'search';
      filter.className = 'check-filter';
      var hint = document.documentElement.getAttribute('data-filter-label') || '';
      filter.placeholder = hint;
      filter.setAttribute('aria-label', (legend ? legend.textContent.trim() + ': ' : '') + hint);
      filter.addEventListener('input', function () {
        var text = filter.value.trim().toLocaleLowerCase();
        items.forEach(function (item) {
          item.hidden = text !== '' && item.textContent.toLocaleLowerCase().indexOf(text) < 0;
        });
      });
      list.querySelector('.check-items').before(filter);
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance);
  } else {
    enhance();
  }
})();

// A table wider than a phone scrolls inside its own box: keyboard users reach it with Tab
// and scroll it with the arrow keys.
(function () {
  function focusable() {
    document.querySelectorAll('main table:not(.reflow)').forEach(function (t) {
      if (t.scrollWidth > t.clientWidth + 1) {
        t.setAttribute('tabindex', '0');
      } else if (t.getAttribute('tabindex') === '0') {
        t.removeAttribute('tabindex');
      }
    });
  }
  document.addEventListener('DOMContentLoaded', focusable);
  window.addEventListener('resize', focusable);
  document.addEventListener('htmx:afterSwap', focusable);
})();

// A table wider than a phone scrolls inside its own box; keyboard users reach that box only
// if it can take focus, so every table that actually overflows becomes a tab stop.
(function () {
  function focusable() {
    document.querySelectorAll('main table:not(.reflow)').forEach(function (table) {
      if (table.scrollWidth > table.clientWidth + 1) {
        if (!table.hasAttribute('tabindex')) {
          table.setAttribute('tabindex', '0');
          table.setAttribute('data-scroll-focus', '');
        }
      } else if (table.hasAttribute('data-scroll-focus')) {
        table.removeAttribute('tabindex');
        table.removeAttribute('data-scroll-focus');
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusable);
  } else {
    focusable();
  }
  window.addEventListener('resize', focusable);
  document.addEventListener('htmx:afterSettle', focusable);
})();
