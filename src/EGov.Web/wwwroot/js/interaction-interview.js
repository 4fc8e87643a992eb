// 在线访谈: while the interview is live, new posts arrive as server-sent events and are appended to the record.
// Text from people is set as text content, never as HTML. Without EventSource the page keeps its 刷新 link.
(() => {
    const list = document.getElementById('interview-posts');
    if (!list || !list.dataset.events || !('EventSource' in window)) {
        return;
    }

    const clock = (iso) => {
        const beijing = new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
        return beijing.toISOString().substring(11, 16);
    };

    const element = (tag, className, text) => {
        const node = document.createElement(tag);
        node.className = className;
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    };

    const append = (post) => {
        if (document.getElementById(`post-${post.sequence}`)) {
            return;
        }
        const item = element('li', 'interview-post border-bottom py-2');
        item.id = `post-${post.sequence}`;
        if (post.questionText) {
            item.appendChild(element('p', 'interview-question mb-1 text-muted', `网友“${post.askerName}”提问：${post.questionText}`));
        }
        const words = element('p', 'mb-0');
        words.appendChild(element('strong', 'interview-speaker', `${post.speaker}：`));
        words.appendChild(element('span', 'interview-text', post.text));
        item.appendChild(words);
        item.appendChild(element('span', 'small text-muted interview-time', clock(post.at)));
        list.appendChild(item);
        document.getElementById('interview-no-posts')?.remove();
    };

    const after = list.dataset.after || '0';
    const source = new EventSource(`${list.dataset.events}?after=${encodeURIComponent(after)}`);
    source.addEventListener('post', (event) => append(JSON.parse(event.data)));
    source.addEventListener('ended', () => {
        source.close();
        window.location.reload();
    });
})();
