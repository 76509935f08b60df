// Progressive help only; every page works without it. A form marked data-once disables its buttons on submit so a
// double click sends one request (the server refuses a second draw anyway).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.hasAttribute('data-once')) {
    if (form.dataset.sent) { event.preventDefault(); return; }
    form.dataset.sent = 'true';
    setTimeout(function () { form.querySelectorAll('button').forEach(function (b) { b.disabled = true; }); }, 0);
  }
});
// 打印: the draw ceremony's print button (without JavaScript the browser's own print does the same).
document.addEventListener('click', function (event) {
  if (event.target.closest && event.target.closest('[data-print]')) { window.print(); }
});
