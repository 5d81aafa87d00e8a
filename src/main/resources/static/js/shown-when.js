// Fields that apply to one choice of a radio group only (the bounds of "within a range"): shown while
// that choice is made. Without JavaScript they are always shown, and the server ignores them otherwise.
for (const fields of document.querySelectorAll('[data-shown-when]')) {
    const [name, value] = fields.dataset.shownWhen.split('=');
    const radios = Array.from(document.querySelectorAll(`input[type=radio][name="${name}"]`));
    const update = () => {
        fields.hidden = !radios.some(radio => radio.checked && radio.value === value);
    };
    for (const radio of radios) {
        radio.addEventListener('change', update);
    }
    update();
}
