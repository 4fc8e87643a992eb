// A small toolbar over the article body <textarea>: it wraps the selection in the article markup the server accepts.
// Without JavaScript the textarea works on its own; no inline script (CSP).
(function () {
    "use strict";
    var buttons = [
        ["段落", "<p>", "</p>"],
        ["小标题", "<h2>", "</h2>"],
        ["加粗", "<strong>", "</strong>"],
        ["强调", "<em>", "</em>"],
        ["列表", "<ul>\n<li>", "</li>\n</ul>"],
        ["引用", "<blockquote>", "</blockquote>"],
        ["链接", "link"],
        ["图片", "image"],
        ["表格", "<table>\n<thead><tr><th scope=\"col\">标题</th><th scope=\"col\">标题</th></tr></thead>\n<tbody><tr><td>", "</td><td></td></tr></tbody>\n</table>"]
    ];

    function wrap(area, before, after) {
        var start = area.selectionStart, end = area.selectionEnd, value = area.value;
        area.value = value.slice(0, start) + before + value.slice(start, end) + after + value.slice(end);
        area.focus();
        area.selectionStart = start + before.length;
        area.selectionEnd = end + before.length;
    }

    function escapeAttr(text) {
        return String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    }

    document.querySelectorAll("[data-editor-for]").forEach(function (bar) {
        var area = document.getElementById(bar.getAttribute("data-editor-for"));
        if (!area) { return; }
        buttons.forEach(function (b) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = "btn btn-outline-secondary btn-sm";
            button.textContent = b[0];
            button.addEventListener("click", function () {
                if (b[1] === "link") {
                    var href = window.prompt("链接地址（如 /sites/scjg/articles/… 或 https://…）");
                    if (href) { wrap(area, "<a href=\"" + escapeAttr(href) + "\">", "</a>"); }
                } else if (b[1] === "image") {
                    var src = window.prompt("图片地址（先作为附件上传，再粘贴其地址）");
                    var alt = src ? window.prompt("图片说明（替代文字，必填）") : null;
                    if (src && alt) { wrap(area, "<img src=\"" + escapeAttr(src) + "\" alt=\"" + escapeAttr(alt) + "\">", ""); }
                } else {
                    wrap(area, b[1], b[2]);
                }
            });
            bar.appendChild(button);
        });
        bar.hidden = false;
        bar.setAttribute("role", "toolbar");
        bar.setAttribute("aria-label", "正文格式");
    });
}());
