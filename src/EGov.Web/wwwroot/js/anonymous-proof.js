// The proof fields of anonymous public forms (view component AnonymousProof): a new CAPTCHA on request, and the SMS
// code sent after the CAPTCHA is answered, with a 60-second countdown before the next one.
(function () {
  'use strict';

  function token(box) {
    var form = box.closest('form');
    var field = form && form.querySelector('input[name="__RequestVerificationToken"]');
    return field ? field.value : '';
  }

  function problemText(problem) {
    if (problem && problem.errors) {
      var messages = [];
      Object.keys(problem.errors).forEach(function (key) { messages = messages.concat(problem.errors[key]); });
      if (messages.length) { return messages.join(' '); }
    }
    return (problem && (problem.detail || problem.title)) || '请求失败，请稍后再试。';
  }

  function setup(box) {
    // The script is referenced by each component on the page; each box is set up once.
    if (box.dataset.ready) { return; }
    box.dataset.ready = 'true';
    var idField = box.querySelector('[data-captcha-id]');
    var answer = box.querySelector('[data-captcha-answer]');
    var image = box.querySelector('[data-captcha-image]');
    var refresh = box.querySelector('[data-captcha-refresh]');
    var send = box.querySelector('[data-sms-send]');
    var phone = box.querySelector('[data-phone]');
    var status = box.querySelector('[data-sms-status]');

    function newCaptcha() {
      return fetch(box.dataset.captchaUrl, { cache: 'no-store', credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r); })
        .then(function (c) { idField.value = c.id; image.src = c.image; answer.value = ''; })
        .catch(function () { if (status) { status.textContent = '验证码获取失败，请稍后再试。'; } });
    }

    function countdown(seconds) {
      send.disabled = true;
      var left = seconds;
      var timer = setInterval(function () {
        left -= 1;
        send.textContent = left > 0 ? left + ' 秒后可重新获取' : '获取验证码';
        if (left <= 0) { clearInterval(timer); send.disabled = false; }
      }, 1000);
      send.textContent = left + ' 秒后可重新获取';
    }

    refresh.hidden = false;
    refresh.addEventListener('click', newCaptcha);
    if (!send) { return; }
    send.hidden = false;
    send.addEventListener('click', function () {
      status.textContent = '正在发送…';
      fetch(box.dataset.smsUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token(box) },
        body: JSON.stringify({ phone: phone.value.trim(), purpose: box.dataset.purpose, captchaId: idField.value, captchaAnswer: answer.value.trim() })
      }).then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (body) { return { ok: r.ok, status: r.status, body: body }; });
      }).then(function (res) {
        if (res.ok) {
          status.textContent = res.body.message;
          countdown(res.body.cooldownSeconds || 60);
        } else {
          status.textContent = res.status === 429 ? '操作过于频繁，请稍后再试。' : problemText(res.body);
        }
        // The CAPTCHA is used up by every attempt; the next one needs a new image.
        return newCaptcha();
      });
    });
  }

  document.querySelectorAll('[data-anonymous-proof]').forEach(setup);
}());
