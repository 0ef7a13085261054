// Draws the dashboard's charts from the JSON block the page renders (no inline script: the CSP forbids it).
(function () {
    "use strict";
    var source = document.getElementById("chart-data");
    if (!source || typeof Chart === "undefined") {
        return;
    }

    var data = JSON.parse(source.textContent);
    var numbers = new Intl.NumberFormat(document.documentElement.lang === "vi" ? "vi-VN" : "en-GB");
    var colours = { classes: "#a3161a", turns: "#1f5fa8" };

    function options(horizontal) {
        return {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            indexAxis: horizontal ? "y" : "x",
            scales: {
                classes: { type: "linear", position: horizontal ? "top" : "left", beginAtZero: true, axis: horizontal ? "x" : "y", ticks: { precision: 0, callback: function (v) { return numbers.format(v); } } },
                turns: { type: "linear", position: horizontal ? "bottom" : "right", beginAtZero: true, axis: horizontal ? "x" : "y", grid: { drawOnChartArea: false }, ticks: { callback: function (v) { return numbers.format(v); } } }
            },
            plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ": " + numbers.format(c.parsed[horizontal ? "x" : "y"]); } } } }
        };
    }

    function draw(id, part, kind, horizontal) {
        var canvas = document.getElementById(id);
        if (!canvas) {
            return;
        }

        new Chart(canvas, {
            type: kind,
            data: {
                labels: part.labels,
                datasets: [
                    { label: data.series.classes, data: part.classes, backgroundColor: colours.classes, borderColor: colours.classes, xAxisID: horizontal ? "classes" : undefined, yAxisID: horizontal ? undefined : "classes" },
                    { label: data.series.turns, data: part.turns, backgroundColor: colours.turns, borderColor: colours.turns, xAxisID: horizontal ? "turns" : undefined, yAxisID: horizontal ? undefined : "turns" }
                ]
            },
            options: options(horizontal)
        });
    }

    draw("chart-centers", data.centers, "bar", true);
    draw("chart-programs", data.programs, "bar", false);
    draw("chart-trend", data.trend, "line", false);
})();
