// Background briefs: the form is sent without leaving the page, its button is disabled while the
// job runs, and the job's progress (queued, fetching, briefing) is shown until the brief opens.
// Without this script the form posts to /brief and the job page refreshes itself instead.
(function () {
  "use strict";
  var POLL_MS = 600;
  var LABELS = { queued: "Waiting for its turn", fetching: "Fetching the article",
                 briefing: "Writing the brief", done: "Done: opening the brief", failed: "Failed" };
  var STEP = { queued: 1, fetching: 2, briefing: 3, done: 3, failed: 0 };

  function newKey() {
    var bytes = new Uint8Array(18);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function poll(statusUrl, onUpdate, onEnd) {
    fetch(statusUrl, { headers: { "Accept": "application/json" }, credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        onUpdate(job);
        if (job.status === "done" || job.status === "failed") { onEnd(job); return; }
        window.setTimeout(function () { poll(statusUrl, onUpdate, onEnd); }, POLL_MS);
      })
      .catch(function () { window.setTimeout(function () { poll(statusUrl, onUpdate, onEnd); }, POLL_MS * 3); });
  }

  function clearErrors(form) {
    form.querySelectorAll(".field-error").forEach(function (el) { el.hidden = true; el.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach(function (el) { el.removeAttribute("aria-invalid"); });
    var top = form.querySelector("#form-error");
    if (top) { top.remove(); }
  }

  function showError(form, error) {
    var field = error && error.field ? form.querySelector("#" + error.field + "-error") : null;
    var message = (error && error.message) || "That did not work. Reload the page and send it again.";
    if (field) {
      field.textContent = message;
      field.hidden = false;
      var input = form.querySelector("#" + error.field);
      if (input) { input.setAttribute("aria-invalid", "true"); input.focus(); }
      return;
    }
    var top = document.createElement("p");
    top.className = "form-error";
    top.id = "form-error";
    top.setAttribute("role", "alert");
    top.textContent = message;
    form.insertBefore(top, form.firstChild);
  }

  function enhanceForm(form) {
    var button = form.querySelector("#brief-submit");
    var status = form.querySelector("#job-status");
    var step = form.querySelector("#job-step");
    var bar = form.querySelector("#job-progress");
    var key = form.querySelector("input[name=idempotency_key]");
    var running = false;

    function show(job) {
      status.hidden = false;
      step.textContent = (LABELS[job.status] || job.status) + (job.status === "done" ? "" : "…");
      bar.value = STEP[job.status] || 0;
      status.setAttribute("data-state", job.status);
    }
    function finish(ok) {
      running = false;
      button.disabled = false;
      button.removeAttribute("aria-busy");
      if (!ok) { key.value = newKey(); }  // a changed submission is a new brief
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (running) { return; }  // a second click or Enter while the job runs does nothing
      running = true;
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
      clearErrors(form);
      show({ status: "queued" });
      step.textContent = "Sending…";
      fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin",
                           headers: { "Accept": "application/json" } })
        .then(function (r) {
          return r.json().catch(function () { return { error: null }; }).then(function (body) {
            return { ok: r.ok, body: body };
          });
        })
        .then(function (answer) {
          if (!answer.ok) { status.hidden = true; showError(form, answer.body.error); finish(false); return; }
          show(answer.body);
          poll(answer.body.status_url, show, function (job) {
            if (job.status === "done") { window.location.assign(job.brief_url); return; }
            status.hidden = true;
            showError(form, job.error);
            finish(false);
          });
        })
        .catch(function () { status.hidden = true; showError(form, null); finish(false); });
    });
  }

  function followJobPage(section) {
    var step = section.querySelector("#job-step");
    var items = section.querySelectorAll("#job-steps li");
    var order = ["queued", "fetching", "briefing", "done"];
    poll("/api/v1/jobs/" + section.getAttribute("data-job"), function (job) {
      step.textContent = (LABELS[job.status] || job.status) + "…";
      section.setAttribute("data-state", job.status);
      items.forEach(function (li) {
        var reached = order.indexOf(li.getAttribute("data-step")) <= order.indexOf(job.status);
        li.classList.toggle("reached", reached);
        if (li.getAttribute("data-step") === job.status) { li.setAttribute("aria-current", "step"); }
        else { li.removeAttribute("aria-current"); }
      });
    }, function (job) {
      if (job.status === "done") { window.location.replace(job.brief_url); return; }
      window.location.reload();  // the page shows the form again with the reason beside it
    });
  }

  var form = document.getElementById("brief-form");
  if (form && form.getAttribute("data-jobs") === "on") { enhanceForm(form); }
  var section = document.getElementById("job");
  if (section && section.getAttribute("data-job") && section.getAttribute("data-state") !== "failed") {
    followJobPage(section);
  }
})();
