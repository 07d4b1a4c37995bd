// Keys for the moderation desk: j and k move between comments, a approves, s marks spam, t trashes, u moves back to
// pending, r opens the reply, e opens the edit page, x selects for a bulk action. Each key presses a button or follows
// a link that works without this script.
(function () {
  'use strict';
  var items = Array.prototype.slice.call(document.querySelectorAll('.desk-item'));
  var hint = document.querySelector('.desk-shortcuts');
  if (!items.length) {
    return;
  }
  if (hint) {
    hint.hidden = false;
  }
  var POSITION = 'gazette.desk.position';

  function current() {
    var focused = document.activeElement;
    return items.find(function (item) { return item === focused || item.contains(focused); });
  }

  function focusAt(index) {
    var item = items[Math.max(0, Math.min(items.length - 1, index))];
    item.focus();
    item.scrollIntoView({ block: 'nearest' });
  }

  // keys go to the page unless they type into something; a checkbox or a button takes no typing
  function typing(target) {
    if (target.tagName === 'INPUT') {
      return !/^(checkbox|radio|submit|button)$/.test(target.type);
    }
    return /^(TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable;
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    var item = current();
    var index = item ? items.indexOf(item) : -1;
    if (event.key === 'j' || event.key === 'k') {
      event.preventDefault();
      focusAt(event.key === 'j' ? index + 1 : Math.max(0, index - 1));
      return;
    }
    if (!item) {
      return;
    }
    if (event.key === 'x') {
      event.preventDefault();
      var box = item.querySelector('input[type=checkbox]');
      box.checked = !box.checked;
      return;
    }
    var control = item.querySelector('[data-key="' + event.key + '"]');
    if (!control) {
      return;
    }
    event.preventDefault();
    if (control.tagName === 'SUMMARY') {
      control.parentElement.open = true;
      control.parentElement.querySelector('textarea').focus();
      return;
    }
    try {
      sessionStorage.setItem(POSITION, location.pathname + location.search.replace(/[?&]done=[^&]*/, '') + '#' + index);
    } catch (e) { /* storage refused: the page just starts at the top */ }
    control.click();
  });

  // after a key's action the page comes back with that comment gone or moved: carry on from the same place
  try {
    var saved = sessionStorage.getItem(POSITION);
    sessionStorage.removeItem(POSITION);
    var here = location.pathname + location.search.replace(/[?&]done=[^&]*/, '');
    if (saved && saved.lastIndexOf(here + '#', 0) === 0) {
      focusAt(parseInt(saved.slice(here.length + 1), 10) || 0);
    }
  } catch (e) { /* storage refused */ }
}());
