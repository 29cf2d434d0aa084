// The Bulletin page: items move up and down (the order goes back to the server in the form's
// hidden « ordre »), and « Copier le HTML » puts the e-mail HTML on the clipboard.
(() => {
  const list = document.getElementById("bulletin-items");
  const order = document.getElementById("bulletin-order");
  const keepOrder = () => {
    if (list && order) order.value = [...list.children].map(li => li.dataset.id).join(",");
  };
  if (list) {
    list.addEventListener("click", event => {
      const button = event.target.closest("button");
      if (!button) return;
      const item = button.closest("li");
      if (button.classList.contains("move-up") && item.previousElementSibling) {
        list.insertBefore(item, item.previousElementSibling);
      } else if (button.classList.contains("move-down") && item.nextElementSibling) {
        list.insertBefore(item.nextElementSibling, item);
      }
      keepOrder();
      button.focus();
    });
  }
  // The e-mail HTML is written by the server from what the form holds now (order, items kept).
  const copy = document.getElementById("copy-html");
  const form = document.getElementById("bulletin-form");
  const status = document.getElementById("copy-status");
  if (copy && form) {
    copy.addEventListener("click", async () => {
      const query = new URLSearchParams(new FormData(form));
      query.set("format", "html");
      try {
        const answer = await fetch("/bulletin/telecharger?" + query.toString(), {credentials: "same-origin"});
        if (!answer.ok) throw new Error(String(answer.status));
        await navigator.clipboard.writeText(await answer.text());
        status.textContent = status.dataset.done;
      } catch (error) {
        status.textContent = status.dataset.failed;
      }
    });
  }
})();
