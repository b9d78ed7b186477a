(function () {
  "use strict";
  var log = document.getElementById("log");
  var form = document.getElementById("ask");
  var input = document.getElementById("question");

  // Who the visitor is travels in the server's HttpOnly session cookie; the page never names itself.

  function show(className, build) {
    var bubble = document.createElement("div");
    bubble.className = "msg " + className;
    build(bubble);
    log.appendChild(bubble);
    log.scrollTop = log.scrollHeight;
  }

  function showReplies(response) {
    (response.replies || []).forEach(function (reply) {
      show("bot", function (bubble) {
        // The server renders the reply with all raw HTML escaped.
        bubble.innerHTML = reply.html;
        if (reply.buttons && reply.buttons.length) {
          var row = document.createElement("div");
          row.className = "buttons";
          reply.buttons.forEach(function (button) {
            var b = document.createElement("button");
            b.type = "button";
            b.textContent = button.label;
            b.addEventListener("click", function () {
              send({ action: button.action }, button.label);
            });
            row.appendChild(b);
          });
          bubble.appendChild(row);
        }
      });
    });
  }

  // Messages go one after another, each shown when its turn comes, so replies never arrive out of order
  // (a question typed while the greeting is still loading is answered after the greeting).
  var turns = Promise.resolve();

  function send(body, shownAs) {
    turns = turns.then(function () {
      if (shownAs) {
        show("me", function (mine) { mine.textContent = shownAs; });
      }
      return post(body);
    });
  }

  function post(body) {
    return fetch("/api/chat", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body)
    }).then(function (r) { return r.json(); })
      .then(function (response) {
        if (response.error) {
          show("bot", function (bubble) { bubble.textContent = response.error; });
        } else {
          showReplies(response);
        }
      })
      .catch(function () {
        show("bot", function (bubble) {
          bubble.textContent = document.body.dataset.offline;
        });
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    send({ text: text }, text);
  });

  // Answers from a team member arrive here, not as the reply to the visitor's own message.
  function fetchInbox() {
    if (document.hidden) { return; }
    fetch("/api/chat/inbox", { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (response) { if (response) { showReplies(response); } })
      .catch(function () { /* offline for a moment: the next poll tries again */ });
  }

  send({ text: "/start" });
  setInterval(fetchInbox, 5000);
})();
