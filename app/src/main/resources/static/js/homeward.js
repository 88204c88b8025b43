// The design system's behaviour (the navigation's menu button on narrow screens, the skip link,
// error summaries, confirmation of irreversible steps), from the govuk-frontend WebJar.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('govuk-frontend-supported');
initAll();

// A table wider than a narrow screen scrolls inside its own box: make that box reachable by keyboard.
function focusableWhenScrolling() {
  document.querySelectorAll('main table, .table-scroll, .pedigree-drawing').forEach(box => {
    if (box.scrollWidth > box.clientWidth) {
      box.tabIndex = 0;
    } else {
      box.removeAttribute('tabindex');
    }
  });
}
focusableWhenScrolling();
window.addEventListener('resize', focusableWhenScrolling);
