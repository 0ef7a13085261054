// Attendance sheet, progressive: C / M / P / K set the mark of the row that has the focus and move to the next row;
// the "mark the unmarked present" button does what the prefill link does, without a reload. The form works without it.
(function () {
    "use strict";
    var form = document.querySelector("[data-attendance-sheet]");
    if (!form) { return; }
    var rows = Array.prototype.slice.call(form.querySelectorAll("tbody tr"));
    var all = form.querySelector("[data-all-present]");
    if (all) {
        all.hidden = false;
        all.addEventListener("click", function () {
            rows.forEach(function (row) {
                var radios = row.querySelectorAll("input[type=radio]:not([disabled])");
                var checked = row.querySelector("input[type=radio]:checked");
                if (!checked && radios.length > 0) { radios[0].checked = true; }
            });
        });
    }
    form.addEventListener("keydown", function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey || event.target.type !== "radio") { return; }
        var key = event.key.toUpperCase();
        var row = event.target.closest("tr");
        var choice = row && row.querySelector("input[type=radio][data-key='" + key + "']:not([disabled])");
        if (!choice) { return; }
        event.preventDefault();
        choice.checked = true;
        var next = rows[rows.indexOf(row) + 1];
        var target = next && (next.querySelector("input[type=radio]:checked") || next.querySelector("input[type=radio]"));
        (target || choice).focus();
    });
}());
