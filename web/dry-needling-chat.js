/*
 * Dry needling FAQ chat widget: one <script> tag, no dependencies, no build step.
 *
 *   <script src="https://your-site/dry-needling-chat.js"
 *           data-server-url="https://assistant.example.org"
 *           data-title="Dry needling questions"
 *           data-initial-message="Hi! Ask me about dry needling for migraines."></script>
 *
 * Talks to Rasa's REST channel (POST /webhooks/rest/webhook). Every piece of text, from the
 * visitor or the bot, is inserted as text (textContent), never as HTML.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__dryNeedlingChat) {
    return; // loaded twice: one widget is enough
  }
  window.__dryNeedlingChat = true;

  var data = script.dataset;
  var config = {
    serverUrl: (data.serverUrl || "").replace(/\/+$/, ""),
    title: data.title || "Dry needling FAQ",
    initialMessage:
      data.initialMessage ||
      "Hi! I'm an automated assistant. Ask me about dry needling for migraines.",
    open: data.open === "true",
    storageKey: data.storageKey || "dry-needling-chat"
  };
  var MAX_LENGTH = 1000; // the server's limit too
  var RETRY_DELAYS_MS = [1000, 2000, 4000, 8000];
  var REQUEST_TIMEOUT_MS = 30000;
  var MAX_STORED_MESSAGES = 100;
  var SOURCE_PREFIX = "From the article:";
  var URL_PATTERN = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)])/g;

  var CSS = [
    ".dnc-root{position:fixed;right:16px;bottom:16px;z-index:2147483000;display:flex;",
    "flex-direction:column;align-items:flex-end;",
    "font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1b1b}",
    ".dnc-root *{box-sizing:border-box}",
    ".dnc-launcher{border:0;border-radius:999px;padding:12px 18px;background:#0b5cad;",
    "color:#fff;font:inherit;font-weight:600;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.25)}",
    ".dnc-root button:focus-visible,.dnc-root input:focus-visible,.dnc-root a:focus-visible",
    "{outline:3px solid #f5a623;outline-offset:2px}",
    ".dnc-panel{display:flex;flex-direction:column;width:min(380px,calc(100vw - 32px));",
    "height:min(600px,calc(100vh - 96px));background:#fff;border:1px solid #c8ccd2;",
    "border-radius:12px;overflow:hidden;box-shadow:0 6px 24px rgba(0,0,0,.2);margin-bottom:10px}",
    ".dnc-panel[hidden]{display:none}",
    ".dnc-header{display:flex;align-items:center;justify-content:space-between;",
    "padding:10px 14px;background:#0b5cad;color:#fff}",
    ".dnc-header h2{margin:0;font-size:16px}",
    ".dnc-close{border:0;background:transparent;color:#fff;font-size:22px;line-height:1;",
    "cursor:pointer;padding:4px 8px}",
    ".dnc-log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px}",
    ".dnc-msg{max-width:88%;padding:8px 12px;border-radius:12px;white-space:pre-wrap;",
    "overflow-wrap:anywhere}",
    ".dnc-bot{align-self:flex-start;background:#eef1f5}",
    ".dnc-user{align-self:flex-end;background:#0b5cad;color:#fff}",
    ".dnc-source{display:block;margin-top:6px;font-size:13px;color:#4a5563;font-style:italic}",
    ".dnc-msg a{color:inherit;text-decoration:underline}",
    ".dnc-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}",
    ".dnc-replies{display:flex;flex-wrap:wrap;gap:6px;align-self:flex-start}",
    ".dnc-reply{border:1px solid #0b5cad;background:#fff;color:#0b5cad;border-radius:999px;",
    "padding:6px 12px;font:inherit;font-size:14px;cursor:pointer;text-align:left}",
    ".dnc-reply:hover{background:#e8f0fa}",
    ".dnc-typing{padding:0 14px 6px;color:#4a5563;font-size:13px}",
    ".dnc-typing[hidden],.dnc-status[hidden]{display:none}",
    ".dnc-status{margin:0 12px 8px;padding:8px 10px;border-radius:8px;background:#fff4e5;",
    "color:#6b3d00;font-size:14px}",
    ".dnc-status button{margin-left:8px;font:inherit;cursor:pointer}",
    ".dnc-form{display:flex;gap:8px;padding:10px;border-top:1px solid #e1e4e8}",
    ".dnc-input{flex:1;min-width:0;padding:10px;border:1px solid #8a929c;border-radius:8px;",
    "font:inherit}",
    ".dnc-send{border:0;border-radius:8px;padding:0 16px;background:#0b5cad;color:#fff;",
    "font:inherit;font-weight:600;cursor:pointer}",
    "@media (max-width:480px){.dnc-root{right:0;bottom:0;left:0}",
    ".dnc-launcher{position:fixed;right:12px;bottom:12px}.dnc-open .dnc-launcher{display:none}",
    ".dnc-panel{width:100vw;height:100dvh;max-height:100vh;margin:0;border-radius:0;border:0}}"
  ].join("");

  // --- storage: the conversation id and the transcript survive a reload --------------------

  function load(key, fallback) {
    try {
      var raw = window.localStorage.getItem(config.storageKey + ":" + key);
      return raw === null ? fallback : JSON.parse(raw);
    } catch (e) {
      return fallback; // storage blocked or corrupt: start afresh
    }
  }

  function save(key, value) {
    try {
      window.localStorage.setItem(config.storageKey + ":" + key, JSON.stringify(value));
    } catch (e) {
      /* storage full or blocked: the chat still works, it just will not survive a reload */
    }
  }

  function newConversationId() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); })
      .join("");
  }

  var conversationId = load("conversation_id", null);
  if (typeof conversationId !== "string" || !conversationId) {
    conversationId = newConversationId();
    save("conversation_id", conversationId);
  }
  var transcript = load("transcript", []);
  transcript = (Array.isArray(transcript) ? transcript : []).filter(function (entry) {
    return entry && typeof entry.text === "string" && (entry.from === "user" || entry.from === "bot");
  });

  // --- DOM ---------------------------------------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  var style = el("style");
  style.textContent = CSS;
  document.head.appendChild(style);

  var root = el("div", "dnc-root");
  var panel = el("section", "dnc-panel");
  panel.id = "dnc-panel";
  panel.setAttribute("aria-label", config.title);
  panel.hidden = true;

  var header = el("div", "dnc-header");
  header.appendChild(el("h2", "", config.title));
  var closeButton = el("button", "dnc-close", "\u00d7");
  closeButton.type = "button";
  closeButton.setAttribute("aria-label", "Close chat");
  header.appendChild(closeButton);

  var log = el("div", "dnc-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", "Conversation");
  log.tabIndex = 0; // scrollable with the keyboard

  var typing = el("div", "dnc-typing", "The assistant is typing\u2026");
  typing.hidden = true;
  var status = el("div", "dnc-status");
  status.setAttribute("role", "alert");
  status.hidden = true;

  var form = el("form", "dnc-form");
  var input = el("input", "dnc-input");
  input.type = "text";
  input.maxLength = MAX_LENGTH;
  input.autocomplete = "off";
  input.placeholder = "Type your question";
  input.setAttribute("aria-label", "Type your question");
  var sendButton = el("button", "dnc-send", "Send");
  sendButton.type = "submit";
  sendButton.setAttribute("aria-label", "Send message");
  form.appendChild(input);
  form.appendChild(sendButton);

  panel.appendChild(header);
  panel.appendChild(log);
  panel.appendChild(typing);
  panel.appendChild(status);
  panel.appendChild(form);

  var launcher = el("button", "dnc-launcher", "Ask about dry needling");
  launcher.type = "button";
  launcher.setAttribute("aria-controls", panel.id);
  launcher.setAttribute("aria-expanded", "false");

  root.appendChild(panel);
  root.appendChild(launcher);

  // --- rendering ---------------------------------------------------------------------------

  function appendWithLinks(parent, text) {
    var last = 0;
    text.replace(URL_PATTERN, function (url, _group, offset) {
      parent.appendChild(document.createTextNode(text.slice(last, offset)));
      var link = el("a", "", url);
      link.href = url; // only http(s) URLs match the pattern: no javascript: links
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      parent.appendChild(link);
      last = offset + url.length;
      return url;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function renderText(bubble, text) {
    var lines = text.split("\n");
    var body = [];
    lines.forEach(function (line) {
      if (line.indexOf(SOURCE_PREFIX) === 0) {
        var source = el("span", "dnc-source");
        appendWithLinks(source, line);
        bubble.appendChild(source);
      } else {
        body.push(line);
      }
    });
    var main = document.createElement("span");
    appendWithLinks(main, body.join("\n").replace(/\s+$/, ""));
    bubble.insertBefore(main, bubble.firstChild);
  }

  function removeQuickReplies() {
    var groups = log.querySelectorAll(".dnc-replies");
    Array.prototype.forEach.call(groups, function (group) { group.remove(); });
  }

  function render(entry) {
    var bubble = el("div", "dnc-msg " + (entry.from === "user" ? "dnc-user" : "dnc-bot"));
    var who = el("span", "dnc-sr", entry.from === "user" ? "You said: " : "Assistant: ");
    if (entry.from === "user") {
      bubble.textContent = entry.text;
    } else {
      renderText(bubble, entry.text);
    }
    bubble.insertBefore(who, bubble.firstChild);
    log.appendChild(bubble);
    if (entry.buttons && entry.buttons.length) {
      var group = el("div", "dnc-replies");
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", "Suggested questions");
      entry.buttons.forEach(function (button) {
        var reply = el("button", "dnc-reply", button.title);
        reply.type = "button";
        reply.addEventListener("click", function () {
          ask(button.payload, button.title);
        });
        group.appendChild(reply);
      });
      log.appendChild(group);
    }
    log.scrollTop = log.scrollHeight;
  }

  function remember(entry) {
    transcript.push(entry);
    transcript = transcript.slice(-MAX_STORED_MESSAGES);
    save("transcript", transcript);
  }

  function show(entry) {
    if (entry.from === "user") {
      removeQuickReplies();
    }
    render(entry);
    remember(entry);
  }

  function botEntries(messages) {
    var entries = [];
    (Array.isArray(messages) ? messages : []).forEach(function (message) {
      if (!message || typeof message.text !== "string" || !message.text) {
        return;
      }
      var buttons = (Array.isArray(message.buttons) ? message.buttons : []).filter(function (b) {
        return b && typeof b.title === "string" && typeof b.payload === "string";
      });
      entries.push({ from: "bot", text: message.text, buttons: buttons });
    });
    return entries;
  }

  // --- talking to the server ---------------------------------------------------------------

  var queue = [];
  var busy = false;
  var retryTimer = null;

  function setStatus(text, withRetryButton) {
    status.textContent = text || "";
    status.hidden = !text;
    if (withRetryButton) {
      var retry = el("button", "", "Try again");
      retry.type = "button";
      retry.addEventListener("click", function () {
        setStatus("");
        deliver(0);
      });
      status.appendChild(retry);
    }
  }

  function post(message) {
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller && setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS);
    return fetch(config.serverUrl + "/webhooks/rest/webhook", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: conversationId, message: message }),
      signal: controller ? controller.signal : undefined
    }).finally(function () {
      clearTimeout(timer);
    });
  }

  function deliver(attempt) {
    if (!queue.length) {
      busy = false;
      typing.hidden = true;
      return;
    }
    busy = true;
    typing.hidden = false;
    post(queue[0])
      .then(function (response) {
        if (response.status >= 500) {
          throw new Error("server error " + response.status);
        }
        if (!response.ok) {
          // The server refused this message (too long, malformed): say so, go on with the next.
          return response.json().catch(function () { return {}; }).then(function (body) {
            queue.shift();
            show({ from: "bot", text: (body && body.message) ||
              "Sorry, I could not take that message. Please try rephrasing it." });
          });
        }
        return response.json().then(function (messages) {
          queue.shift();
          setStatus("");
          botEntries(messages).forEach(show);
        });
      })
      .then(function () {
        deliver(0);
      })
      .catch(function () {
        typing.hidden = true;
        if (attempt < RETRY_DELAYS_MS.length) {
          var seconds = Math.round(RETRY_DELAYS_MS[attempt] / 1000);
          setStatus("Can't reach the assistant right now. Retrying in " + seconds + " s\u2026");
          retryTimer = setTimeout(function () { deliver(attempt + 1); }, RETRY_DELAYS_MS[attempt]);
        } else {
          setStatus("The assistant is unreachable. Check your connection, then try again.", true);
        }
      });
  }

  function ask(message, shownAs) {
    var text = String(message).trim();
    if (!text) {
      return;
    }
    show({ from: "user", text: shownAs || text });
    queue.push(text.slice(0, MAX_LENGTH));
    if (!busy) {
      clearTimeout(retryTimer);
      deliver(0);
    }
  }

  // --- behaviour ---------------------------------------------------------------------------

  function setOpen(open) {
    panel.hidden = !open;
    root.classList.toggle("dnc-open", open); // on a phone the open panel covers the launcher
    launcher.setAttribute("aria-expanded", open ? "true" : "false");
    save("open", open);
    if (open) {
      input.focus();
      log.scrollTop = log.scrollHeight;
    }
  }

  launcher.addEventListener("click", function () { setOpen(panel.hidden); });
  closeButton.addEventListener("click", function () {
    setOpen(false);
    launcher.focus();
  });
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      setOpen(false);
      launcher.focus();
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    input.value = "";
    ask(text);
  });

  function start() {
    document.body.appendChild(root);
    if (transcript.length) {
      transcript.forEach(function (entry, index) {
        // Only the newest message keeps its quick replies.
        var last = index === transcript.length - 1;
        render(last ? entry : { from: entry.from, text: entry.text });
      });
    } else {
      show({ from: "bot", text: config.initialMessage });
    }
    setOpen(config.open || load("open", false) === true);
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener("DOMContentLoaded", start);
  }
})();
