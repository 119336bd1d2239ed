// Progress for long work: a brief runs as a job whose stage is polled; a search shows a
// bar while the server answers. Without this script the forms still work (plain posts).
"use strict";

function showBriefProgress(form) {
  const box = document.getElementById("progress");
  const bar = document.getElementById("progress-bar");
  const label = document.getElementById("progress-label");
  const button = document.getElementById("make");
  const stages = form.dataset.stages.split("|");

  function fail(message) {
    box.hidden = true;
    button.disabled = false;
    let note = document.querySelector("p.error");
    if (!note) {
      note = document.createElement("p");
      note.className = "error";
      note.setAttribute("role", "alert");
      form.before(note);
    }
    note.textContent = message;
  }

  async function poll(job) {
    const answer = await fetch(job.progress, { credentials: "same-origin" });
    const state = await answer.json();
    if (!answer.ok) return fail(state.error || "the brief was lost");
    bar.value = state.done ? stages.length : state.stage;
    label.textContent = state.done ? "Done" :
      `${state.label}… (step ${state.stage + 1} of ${stages.length}, ${state.seconds} s)`;
    if (state.done && state.error) return fail(state.error);
    if (state.done) { window.location.assign(job.result); return; }
    setTimeout(() => poll(job), 150);
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    button.disabled = true;
    box.hidden = false;
    bar.value = 0;
    label.textContent = "Sending…";
    try {
      const answer = await fetch(form.action, {
        method: "POST", body: new FormData(form), credentials: "same-origin",
        headers: { "X-Briefing-Async": "1" },
      });
      const job = await answer.json();
      if (!answer.ok) return fail(job.error || `the server answered ${answer.status}`);
      poll(job);
    } catch (error) {
      fail(`could not reach the server (${error})`);
    }
  });
}

function showSearchProgress(form) {
  form.addEventListener("submit", () => {
    document.getElementById("search-progress").hidden = false;
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const brief = document.getElementById("brief-form");
  if (brief) showBriefProgress(brief);
  const search = document.getElementById("search-form");
  if (search) showSearchProgress(search);
});
