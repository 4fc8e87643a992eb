// 答复模板: choosing a template fills the reply box (the handler edits it before submitting).
document.addEventListener('DOMContentLoaded', () => {
    const select = document.getElementById('reply-template');
    const box = document.getElementById('reply-content');
    if (!select || !box) {
        return;
    }
    select.addEventListener('change', () => {
        const option = select.options[select.selectedIndex];
        if (option && option.dataset.body) {
            box.value = option.dataset.body;
        }
    });
});
