// A form marked data-busy says it is working once sent (reading a long bulletin takes seconds),
// and cannot be sent twice.
document.querySelectorAll("form[data-busy]").forEach(form => {
  form.addEventListener("submit", () => {
    const button = form.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    const status = form.querySelector("[data-busy-status]");
    if (status) status.textContent = form.dataset.busy;
  });
});
