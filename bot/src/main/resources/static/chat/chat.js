(function () {
  "use strict";
  var log = document.getElementById("log");
  var form = document.getElementById("ask");
  var input = document.getElementById("question");

  function newSessionId() {
    if (window.crypto && crypto.getRandomValues) {
      var bytes = new Uint8Array(16);
      crypto.getRandomValues(bytes);
      return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
    }
    return (Date.now().toString(36) + Math.random().toString(36).slice(2)).slice(0, 32);
  }

  var sessionId = localStorage.getItem("digitalhelp.session");
  if (!sessionId) {
    sessionId = newSessionId();
    localStorage.setItem("digitalhelp.session", sessionId);
  }

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
              send({ sessionId: sessionId, action: button.action }, button.label);
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
    send({ sessionId: sessionId, text: text }, text);
  });

  // Answers from a team member arrive here, not as the reply to the visitor's own message.
  function fetchInbox() {
    if (document.hidden) { return; }
    fetch("/api/chat/inbox?sessionId=" + encodeURIComponent(sessionId))
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (response) { if (response) { showReplies(response); } })
      .catch(function () { /* offline for a moment: the next poll tries again */ });
  }

  send({ sessionId: sessionId, text: "/start" });
  setInterval(fetchInbox, 5000);
})();
