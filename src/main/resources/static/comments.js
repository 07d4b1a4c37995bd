// Comments without a page load: replies open the form under the comment, and the form posts in place.
// Without this script everything works the same through plain links and a plain form post.
(function () {
  'use strict';
  var section = document.getElementById('comments');
  if (!section || !window.fetch || !window.DOMParser) {
    return;
  }

  function respond() { return document.getElementById('respond'); }

  function setReplyTo(id, author, anchor) {
    var form = respond();
    var parent = form.querySelector('#comment_parent');
    var title = form.querySelector('#reply-title');
    parent.value = id;
    title.textContent = id === '0' ? 'Leave a Reply' : 'Leave a Reply to ' + author + ' ';
    if (id !== '0') {
      var cancel = document.createElement('a');
      cancel.id = 'cancel-comment-reply-link';
      cancel.href = '#respond';
      cancel.textContent = 'Cancel reply';
      title.appendChild(cancel);
    }
    (anchor || section).appendChild(form);
    form.querySelector('#comment').focus();
  }

  function commentIds(root) {
    return Array.prototype.map.call(root.querySelectorAll('li.comment'), function (li) { return li.id; });
  }

  function post(form) {
    var button = form.querySelector('[type=submit]');
    var before = commentIds(section);
    button.disabled = true;
    button.textContent = 'Posting…';
    fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
      headers: { 'Accept': 'text/html' }
    }).then(function (response) {
      return response.text().then(function (html) { return { url: response.url, html: html }; });
    }).then(function (result) {
      var page = new DOMParser().parseFromString(result.html, 'text/html');
      var fresh = page.getElementById('comments');
      if (!fresh) {
        throw new Error('no comments section in the answer');
      }
      section.innerHTML = fresh.innerHTML;
      var summary = section.querySelector('.error-summary');
      if (summary) {
        summary.focus();
        return;
      }
      if (result.url && result.url.indexOf(location.origin) === 0) {
        history.replaceState(null, '', result.url);
      }
      var added = commentIds(section).filter(function (id) { return before.indexOf(id) < 0; });
      var target = added.length ? document.getElementById(added[added.length - 1]) : section;
      target.setAttribute('tabindex', '-1');
      target.scrollIntoView();
      target.focus();
    }).catch(function () {
      // the post may not have reached the site: fall back to the plain form so nothing typed is lost
      form.submit();
    });
  }

  section.addEventListener('click', function (event) {
    var link = event.target.closest('.comment-reply-link, #cancel-comment-reply-link');
    if (!link) {
      return;
    }
    event.preventDefault();
    if (link.id === 'cancel-comment-reply-link') {
      setReplyTo('0', '', null);
    } else {
      setReplyTo(link.getAttribute('data-comment-id'), link.getAttribute('data-author'),
        link.closest('li.comment'));
    }
  });

  section.addEventListener('submit', function (event) {
    if (event.target.id === 'commentform') {
      event.preventDefault();
      post(event.target);
    }
  });
})();
