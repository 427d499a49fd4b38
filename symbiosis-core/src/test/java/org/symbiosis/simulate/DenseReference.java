package org.symbiosis.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.symbiosis.model.CarrierId;
import org.symbiosis.model.Link;
import org.symbiosis.model.LinkRule;
import org.symbiosis.model.OperatingRule;
import org.symbiosis.model.Park;
import org.symbiosis.model.Plant;
import org.symbiosis.model.PlantId;
import org.symbiosis.model.Process;

/**
 * An independent reference for the simulate engine on small parks: the operating rules written
 * directly over activities and link flows (no auxiliary variables, no CSR), as a dense system
 * {@code x = K x + b}, solved by Gaussian elimination with partial pivoting and an active set for
 * capacities (variables whose right-hand side exceeds their capacity are fixed at it, repeated
 * until the set is stable). Also estimates the spectral radius of K by dense power iteration.
 */
final class DenseReference {

    final int processes;
    final int links;
    final double[][] k;
    final double[] b;
    final double[] cap;

    DenseReference(Park park, boolean[] active) {
        List<Process> procs = park.processes();
        List<Link> linkList = new ArrayList<>(park.links().values());
        processes = procs.size();
        links = linkList.size();
        int n = processes + links;
        k = new double[n][n];
        b = new double[n];
        cap = new double[n];
        Map<Process, Integer> indexOf = new HashMap<>();
        for (int r = 0; r < processes; r++) {
            indexOf.put(procs.get(r), r);
        }
        for (int r = 0; r < processes; r++) {
            Process process = procs.get(r);
            PlantId plant = park.plantOf(process.id());
            cap[r] = process.capacity();
            if (process.rule() instanceof OperatingRule.Fixed fixed) {
                b[r] = fixed.activity();
            } else if (process.rule() instanceof OperatingRule.FollowsInput f) {
                double pushed = 0;
                for (int l = 0; l < links; l++) {
                    Link link = linkList.get(l);
                    if (active[l] && link.rule() instanceof LinkRule.Push p
                            && link.from().equals(plant) && link.carrier().equals(f.carrier())) {
                        pushed += p.share();
                    }
                }
                // in a_r = (1 - pushed) x (what the plant has, less this process's own output)
                addHas(park, plant, f.carrier(), linkList, active, indexOf, k[r],
                        (1 - pushed) / process.input(f.carrier()));
                k[r][r] -= (1 - pushed) * process.output(f.carrier()) / process.input(f.carrier());
            } else {
                CarrierId c = ((OperatingRule.MeetsDemand) process.rule()).carrier();
                // out a_r = what the plant needs, less this process's own consumption
                addNeed(park, plant, c, linkList, active, indexOf, k[r], 1 / process.output(c));
                k[r][r] -= process.input(c) / process.output(c);
            }
        }
        for (int l = 0; l < links; l++) {
            Link link = linkList.get(l);
            int row = processes + l;
            if (!active[l]) {
                cap[row] = 0;
                continue;
            }
            cap[row] = link.capacity();
            if (link.rule() instanceof LinkRule.Push p) {
                addHas(park, link.from(), link.carrier(), linkList, active, indexOf, k[row],
                        p.share());
            } else {
                addNeed(park, link.to(), link.carrier(), linkList, active, indexOf, k[row],
                        link.rule().fraction() / (1 - link.loss()));
            }
        }
    }

    /** Adds {@code factor x (what plant has of c)} to {@code row}. */
    private void addHas(Park park, PlantId plant, CarrierId c, List<Link> linkList,
            boolean[] active, Map<Process, Integer> indexOf, double[] row, double factor) {
        Plant p = park.plant(plant);
        for (Process process : p.processes()) {
            row[indexOf.get(process)] += factor * process.output(c);
        }
        for (int l = 0; l < links; l++) {
            Link link = linkList.get(l);
            if (active[l] && link.to().equals(plant) && link.carrier().equals(c)) {
                row[processes + l] += factor * (1 - link.loss());
            }
        }
    }

    /** Adds {@code factor x (what plant needs of c)} to {@code row}. */
    private void addNeed(Park park, PlantId plant, CarrierId c, List<Link> linkList,
            boolean[] active, Map<Process, Integer> indexOf, double[] row, double factor) {
        Plant p = park.plant(plant);
        for (Process process : p.processes()) {
            row[indexOf.get(process)] += factor * process.input(c);
        }
        for (int l = 0; l < links; l++) {
            Link link = linkList.get(l);
            if (active[l] && link.from().equals(plant) && link.carrier().equals(c)
                    && link.rule() instanceof LinkRule.Pull) {
                row[processes + l] += factor;
            }
        }
    }

    /** Spectral radius of K by 3000 normalised power iterations on (I + K) / 2. */
    double spectralRadius() {
        int n = b.length;
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1);
        double growth = 0;
        for (int it = 0; it < 3000; it++) {
            double[] w = new double[n];
            double max = 0;
            for (int i = 0; i < n; i++) {
                double s = v[i];
                for (int j = 0; j < n; j++) {
                    s += k[i][j] * v[j];
                }
                w[i] = s / 2;
                max = Math.max(max, Math.abs(w[i]));
            }
            growth = max;
            for (int i = 0; i < n; i++) {
                v[i] = w[i] / max;
            }
        }
        return 2 * growth - 1;
    }

    /** The clipped fixed point, activities then flows. */
    double[] solve() {
        int n = b.length;
        boolean[] clipped = new boolean[n];
        double[] x = new double[n];
        for (int round = 0; round < 100; round++) {
            double[][] a = new double[n][n + 1];
            for (int i = 0; i < n; i++) {
                if (clipped[i]) {
                    a[i][i] = 1;
                    a[i][n] = cap[i];
                } else {
                    for (int j = 0; j < n; j++) {
                        a[i][j] = (i == j ? 1 : 0) - k[i][j];
                    }
                    a[i][n] = b[i];
                }
            }
            x = gauss(a, n);
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                double rhs = b[i];
                for (int j = 0; j < n; j++) {
                    rhs += k[i][j] * x[j];
                }
                boolean over = rhs > cap[i];
                if (over != clipped[i]) {
                    clipped[i] = over;
                    changed = true;
                }
            }
            if (!changed) {
                return x;
            }
        }
        throw new AssertionError("active set did not settle");
    }

    private static double[] gauss(double[][] a, int n) {
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int i = col + 1; i < n; i++) {
                if (Math.abs(a[i][col]) > Math.abs(a[pivot][col])) {
                    pivot = i;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int i = col + 1; i < n; i++) {
                double f = a[i][col] / a[col][col];
                if (f != 0) {
                    for (int j = col; j <= n; j++) {
                        a[i][j] -= f * a[col][j];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = a[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= a[i][j] * x[j];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }
}
