(function () {
  "use strict";
  var log = document.getElementById("log");
  var form = document.getElementById("ask");
  var input = document.getElementById("question");
  var sendButton = document.getElementById("send");
  var typing = document.getElementById("typing");
  var photo = document.getElementById("photo");
  var attach = document.getElementById("attach");
  var texts = document.body.dataset;

  // Who the visitor is travels in the server's HttpOnly session cookie; the page never names itself.

  // --- The conversation, kept on the device so a reload shows it again ---
  // {entries: [{who: "bot"|"me", html|text, buttons, chosen}], pending: the message sent but not yet answered}
  var STORE = "digitalhelp.chat";
  var saved = readSaved();

  function readSaved() {
    try {
      var kept = JSON.parse(localStorage.getItem(STORE) || "null");
      if (kept && Array.isArray(kept.entries)) {
        return kept;
      }
    } catch (e) { /* a damaged copy is dropped */ }
    return { entries: [], pending: null };
  }

  // The "Xóa dữ liệu của tôi" button's action (the server's ButtonAction.ERASE_YES): once the server has erased the
  // visitor's data, the copy on the device goes too, so a reload on a shared phone shows nothing of it.
  var ERASE = "erase:y";

  function forgetConversation() {
    saved = { entries: [], pending: null };
    try {
      localStorage.removeItem(STORE);
    } catch (e) { /* blocked storage kept nothing */ }
    log.textContent = "";
  }

  function keep() {
    saved.entries = saved.entries.slice(-100);
    try {
      localStorage.setItem(STORE, JSON.stringify(saved));
    } catch (e) { /* storage full or blocked: the chat still works, it is only not kept */ }
  }

  function bubble(entry) {
    var element = document.createElement("div");
    element.className = "msg " + entry.who;
    var speaker = document.createElement("span");
    speaker.className = "visually-hidden";
    speaker.textContent = (entry.who === "me" ? texts.me : texts.bot) + " ";
    if (entry.who === "me") {
      element.appendChild(speaker);
      element.appendChild(document.createTextNode(entry.text));
    } else if (entry.html !== undefined) {
      // The server renders the reply with all raw HTML escaped.
      element.innerHTML = entry.html;
      element.insertBefore(speaker, element.firstChild);
    } else {
      element.appendChild(speaker);
      element.appendChild(document.createTextNode(entry.text));
    }
    if (entry.buttons && entry.buttons.length) {
      element.appendChild(buttonRow(entry));
    }
    log.appendChild(element);
    return element;
  }

  // Pressed buttons are disabled (an answer counts once) and the chosen one is marked.
  function buttonRow(entry) {
    var row = document.createElement("div");
    row.className = "buttons";
    entry.buttons.forEach(function (button, index) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = button.label;
      if (entry.chosen !== undefined && entry.chosen !== null) {
        b.disabled = true;
        if (entry.chosen === index) {
          b.className = "chosen";
          b.setAttribute("aria-pressed", "true");
        }
      }
      b.addEventListener("click", function () {
        entry.chosen = index;
        Array.prototype.forEach.call(row.querySelectorAll("button"), function (other) { other.disabled = true; });
        b.className = "chosen";
        b.setAttribute("aria-pressed", "true");
        keep();
        send({ action: button.action }, button.label);
      });
      row.appendChild(b);
    });
    return row;
  }

  function add(entry) {
    saved.entries.push(entry);
    keep();
    return bubble(entry);
  }

  // Each new answer opens at its first line (its title), not at its end; for the visitor's own turn the
  // focus moves to it so a screen reader reads it from the top. An answer that arrives by itself (from the
  // team, takeFocus false) is scrolled to only when the visitor was at the end of the conversation: it does
  // not pull a visitor who scrolled up to read a step away from it.
  function showReplies(replies, takeFocus) {
    var atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
    var first = null;
    (replies || []).forEach(function (reply) {
      var shown = add({ who: "bot", html: reply.html, buttons: reply.buttons || [] });
      first = first || shown;
    });
    if (first && (takeFocus || atEnd)) {
      first.scrollIntoView({ block: "start" });
      if (takeFocus) {
        first.setAttribute("tabindex", "-1");
        first.focus({ preventScroll: true });
      }
    }
  }

  function waiting(on, what) {
    typing.textContent = what || texts.typing;
    typing.hidden = !on;
    sendButton.disabled = on;
    photo.disabled = on;
    attach.classList.toggle("busy", on);
    if (on) {
      typing.scrollIntoView({ block: "nearest" });
    }
  }

  function failed(body, again) {
    if (body.text && !input.value) {
      input.value = body.text;
    }
    var notice = bubble({ who: "bot", text: texts.offline });
    notice.classList.add("failed");
    var row = document.createElement("div");
    row.className = "buttons";
    var retry = document.createElement("button");
    retry.type = "button";
    retry.textContent = texts.retry;
    retry.addEventListener("click", function () {
      notice.remove();
      if (body.text && input.value === body.text) {
        input.value = "";
      }
      if (again) { again(); } else { send(body, null); }
    });
    row.appendChild(retry);
    notice.appendChild(row);
    notice.scrollIntoView({ block: "start" });
  }

  // Messages go one after another, each shown when its turn comes, so replies never arrive out of order
  // (a question typed while the greeting is still loading is answered after the greeting).
  var turns = Promise.resolve();

  function send(body, shownAs) {
    turns = turns.then(function () {
      if (shownAs) {
        add({ who: "me", text: shownAs }).scrollIntoView({ block: "nearest" });
      }
      saved.pending = body;
      keep();
      return post(body, Boolean(shownAs));
    });
  }

  function post(body, takeFocus) {
    return exchange(fetch("/api/chat", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body)
    }), takeFocus, function () { failed(body); }, body.action === ERASE);
  }

  // A picture (a screenshot of an error) is read by the server; it is not kept on the device, so a reload
  // does not send it again.
  function sendPhoto(file) {
    turns = turns.then(function () {
      add({ who: "me", text: texts.photoSent }).scrollIntoView({ block: "nearest" });
      return postPhoto(file);
    });
  }

  function postPhoto(file) {
    var form = new FormData();
    form.append("file", file);
    waiting(true, texts.reading);
    return exchange(fetch("/api/chat/photo", { method: "POST", credentials: "same-origin", body: form }), true,
      function () { failed({}, function () { turns = turns.then(function () { return postPhoto(file); }); }); });
  }

  function exchange(request, takeFocus, onFailure, erasing) {
    if (typing.hidden) { waiting(true); }
    return request.then(function (r) {
      return r.json().catch(function () { return null; }).then(function (response) {
        if (!response || (!r.ok && !response.detail)) {
          throw new Error("no answer");
        }
        // A refusal is a problem detail (RFC 9457): its "detail" is the polite sentence for the resident.
        return r.ok ? response : { problem: response.detail };
      });
    }).then(function (response) {
      saved.pending = null;
      if (erasing && !response.problem && response.outcome !== "REFUSED") {
        forgetConversation();
      }
      keep();
      if (response.problem) {
        showReplies([{ html: escapeText(response.problem) }], takeFocus);
      } else {
        showReplies(response.replies, takeFocus);
      }
    }).catch(function () {
      saved.pending = null;
      keep();
      onFailure();
    }).then(function () {
      waiting(false);
    });
  }

  function escapeText(text) {
    var holder = document.createElement("p");
    holder.textContent = text;
    return holder.outerHTML;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text || sendButton.disabled) { return; }
    input.value = "";
    send({ text: text }, text);
  });

  photo.addEventListener("change", function () {
    var file = photo.files && photo.files[0];
    photo.value = "";
    if (file && !sendButton.disabled) { sendPhoto(file); }
  });

  // Answers from a team member or an official arrive here, not as the reply to the visitor's own message.
  function fetchInbox() {
    if (document.hidden) { return; }
    fetch("/api/chat/inbox", { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (response) { if (response) { showReplies(response.replies, false); } })
      .catch(function () { /* offline for a moment: the next poll tries again */ });
  }

  saved.entries.forEach(bubble);
  if (saved.entries.length) {
    log.lastChild.scrollIntoView({ block: "start" });
  }
  if (saved.pending) {
    // The page was closed or reloaded before the answer came: ask again.
    var pending = saved.pending;
    turns = turns.then(function () { return post(pending, false); });
  } else if (!saved.entries.length) {
    send({ text: "/start" });
  }
  setInterval(fetchInbox, Number(texts.inboxPoll) || 5000);
})();
