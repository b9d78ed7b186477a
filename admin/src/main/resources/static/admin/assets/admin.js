// Admin console behaviour that plain HTML lacks: the CSRF token on htmx requests, swapping in the
// fragments the server answers with 400/409 (they say what to fix), the print button, the user name kept
// after a wrong password, a question before
// a form marked data-confirm is sent, a question before leaving a form marked data-unsaved-warning with
// changes not yet saved, and the editable list of alternative questions. Everything works without it
// except the live preview and adding rows.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  document.body.addEventListener("htmx:configRequest", function (event) {
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });
  if (window.htmx) {
    htmx.config.responseHandling.unshift({code: "40[09]", swap: true, error: false});
    // A card swapped in after "Nhận", "Gửi trả lời", "Giao" or "Đánh dấu đã xong" says what happened in its
    // notice: the notice takes the focus, so it is read out and, on a phone, scrolled into view (the focus
    // would otherwise fall back to the page's start with the old card).
    htmx.onLoad(function (loaded) {
      if (loaded.tagName !== "ARTICLE") { return; } // a request card, not a page part or a report
      var notice = loaded.querySelector(".notice[role=status]");
      if (notice) {
        notice.setAttribute("tabindex", "-1");
        notice.focus();
      }
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
    button.addEventListener("click", function () {
      window.print();
    });
  });

  // After a wrong password the sign-in page comes back with the user name still filled in.
  var username = document.getElementById("username");
  if (username && username.form && username.form.id === "login") {
    if (!username.value && /[?&]error/.test(location.search)) {
      username.value = sessionStorage.getItem("digitalhelp.admin.username") || "";
      if (username.value) {
        document.getElementById("password").focus();
      }
    }
    username.form.addEventListener("submit", function () {
      sessionStorage.setItem("digitalhelp.admin.username", username.value);
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("form[data-confirm]"), function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) {
        event.preventDefault();
      }
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("form[data-unsaved-warning]"), function (form) {
    var changed = false;
    form.addEventListener("input", function () {
      changed = true;
    });
    form.addEventListener("submit", function () {
      changed = false;
    });
    window.addEventListener("beforeunload", function (event) {
      if (changed) {
        event.preventDefault();
        event.returnValue = form.getAttribute("data-unsaved-warning");
      }
    });
  });

  // "Chèn ảnh": uploads the chosen picture and puts its Markdown at the cursor, on a line of its own.
  var insertImage = document.getElementById("insert-image");
  if (insertImage) {
    insertImage.addEventListener("click", function () {
      var file = document.getElementById("image-file");
      var status = document.getElementById("image-status");
      var body = document.getElementById("body");
      if (!file.files.length) {
        status.textContent = "Hãy chọn ảnh cần tải lên.";
        status.className = "problem";
        return;
      }
      var data = new FormData();
      data.append("file", file.files[0]);
      data.append("alt", document.getElementById("image-alt").value);
      var headers = {};
      if (header && token) {
        headers[header.content] = token.content;
      }
      insertImage.disabled = true;
      status.textContent = "Đang tải ảnh lên…";
      status.className = "hint";
      fetch(insertImage.getAttribute("data-upload-url"), {method: "POST", body: data, headers: headers, credentials: "same-origin"})
        .then(function (response) {
          return response.json().then(function (answer) {
            return {ok: response.ok, answer: answer};
          });
        })
        .then(function (result) {
          if (!result.ok) {
            throw new Error(result.answer.detail);
          }
          var at = body.selectionEnd || body.value.length;
          var before = body.value.slice(0, at).replace(/\s*$/, "");
          var after = body.value.slice(at).replace(/^\s*/, "");
          body.value = (before ? before + "\n\n" : "") + result.answer.markdown + (after ? "\n\n" + after : "");
          body.dispatchEvent(new Event("input", {bubbles: true}));
          file.value = "";
          status.textContent = "Đã chèn ảnh (" + result.answer.width + "×" + result.answer.height + ").";
          status.className = "notice";
        })
        .catch(function (problem) {
          status.textContent = problem.message || "Không tải được ảnh lên; hãy thử lại.";
          status.className = "problem";
        })
        .then(function () {
          insertImage.disabled = false;
        });
    });
  }

  var list = document.getElementById("questions");
  if (!list) {
    return;
  }
  function renumber() {
    Array.prototype.forEach.call(list.querySelectorAll("input"), function (input, i) {
      input.setAttribute("aria-label", "Câu hỏi " + (i + 1));
    });
  }
  list.addEventListener("click", function (event) {
    if (event.target.classList.contains("remove-question")) {
      var row = event.target.closest("li");
      if (list.children.length > 1) {
        row.remove();
      } else {
        row.querySelector("input").value = "";
      }
      renumber();
    }
  });
  document.getElementById("add-question").addEventListener("click", function () {
    var row = list.lastElementChild.cloneNode(true);
    var input = row.querySelector("input");
    input.value = "";
    list.appendChild(row);
    renumber();
    input.focus();
  });
})();
