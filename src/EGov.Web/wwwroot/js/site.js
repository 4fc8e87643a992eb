// Accessibility switches: larger text, high contrast and elder mode, remembered across visits.
(function () {
    const root = document.documentElement;
    const modes = { font: "a11y-large", contrast: "a11y-contrast", elder: "a11y-elder" };
    for (const [key, cls] of Object.entries(modes)) {
        if (localStorage.getItem("egov-" + key) === "on") root.classList.add(cls);
    }
    document.querySelectorAll("[data-a11y]").forEach(function (button) {
        const key = button.getAttribute("data-a11y");
        button.setAttribute("aria-pressed", root.classList.contains(modes[key]) ? "true" : "false");
        button.addEventListener("click", function () {
            const on = root.classList.toggle(modes[key]);
            localStorage.setItem("egov-" + key, on ? "on" : "off");
            button.setAttribute("aria-pressed", on ? "true" : "false");
        });
    });
})();

// On a phone the office menu starts folded, so the page's own content (a leader's 签发, a to-do) comes first.
(function () {
    if (!window.matchMedia("(max-width: 767.98px)").matches) return;
    document.querySelectorAll("details.office-menu").forEach(function (menu) { menu.removeAttribute("open"); });
})();
