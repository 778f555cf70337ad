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
