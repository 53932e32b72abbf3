package org.paygrid.console.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.paygrid.console.security.ConsoleScreen;
import org.paygrid.console.security.StaffSession;
import org.paygrid.console.shared.ConsoleMessages;
import org.paygrid.dashboard.boundary.Dashboard;
import org.paygrid.dashboard.boundary.DashboardView;
import org.paygrid.payment.boundary.PaymentFigures;
import org.paygrid.shared.Mode;

/**
 * The dashboard (every staff role; finance lands here): today's figures in Asia/Seoul for live or test mode, as
 * {@link Dashboard} reads them, and a bar chart of the last 14 days of approved amounts (a Chart.js configuration
 * for PrimeFaces' {@code p:chart}).
 */
@Named
@ViewScoped
public class DailyDashboard implements Serializable {

    @EJB
    Dashboard dashboard;

    @Inject
    StaffSession staff;

    private Mode mode = Mode.LIVE;
    private DashboardView figures;

    @PostConstruct
    void read() {
        staff.actorOn(ConsoleScreen.DASHBOARD);
        refresh();
    }

    public void refresh() {
        staff.actorOn(ConsoleScreen.DASHBOARD);
        figures = ConsoleMessages.attempt(() -> dashboard.today(mode));
    }

    /** Chart.js 4 configuration: one bar per day, amounts in won. Labels are dates, so nothing needs escaping. */
    public String getChart() {
        if (figures == null) {
            return "{}";
        }
        List<PaymentFigures.DailyAmount> days = figures.approvedByDay();
        String labels = days.stream().map(day -> "\"" + day.date().toString().substring(5) + "\"")
                .collect(Collectors.joining(","));
        String amounts = days.stream().map(day -> String.valueOf(day.amount())).collect(Collectors.joining(","));
        String label = ConsoleMessages.text("dashboard.chart.series").replace("\\", "").replace("\"", "'");
        return """
                {"type": "bar",
                 "data": {"labels": [%s],
                          "datasets": [{"label": "%s", "data": [%s], "backgroundColor": "#2563eb"}]},
                 "options": {"responsive": true, "maintainAspectRatio": false, "animation": false,
                             "plugins": {"legend": {"display": false}},
                             "scales": {"y": {"beginAtZero": true}}}}""".formatted(labels, label, amounts);
    }

    public List<Mode> getModes() {
        return List.of(Mode.values());
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public DashboardView getFigures() {
        return figures;
    }
}
