// 政府信息公开申请回执: the print button works only with JavaScript, so it stays hidden without it.
document.querySelectorAll('[data-print]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
});
