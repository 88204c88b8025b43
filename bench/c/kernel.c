/*
 * The screening kernel's full pass in plain C, the yardstick for the Java kernel (issue 19 item 5).
 *
 * Same layout and loop as org.homeward.kinship.screen.Kernel: per marker one slot per genotype plus
 * "not typed", the families' log10 LR tables interleaved lane by lane into a scratch array, remains as
 * a flat array of slots, sums in marker order. Two layouts: four families per pass (the Java kernel
 * until 2026-12-03) and eight per pass with the first marker assigned (the Java kernel after it).
 * Synthetic data of the bench's shape (BenchData's 21 allele counts): the loop's cost does not depend
 * on the values (the floating-point adds set the pace; measured with every slot the same: no faster).
 *
 *   gcc -O2 -o /tmp/kernel bench/c/kernel.c && /tmp/kernel 2000 2000 15
 *
 * Prints, per layout, CPU ns per pair on one thread (median of the runs after 5 warm-up runs).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static const int ALLELES[] = {17, 6, 10, 15, 8, 18, 9, 10, 35, 10, 11, 8, 7, 9, 15, 8, 8, 15, 15, 18, 10};
enum { MARKERS = 21 };

static int slots_total, offset[MARKERS], length[MARKERS];
static int families, remains;
static double *tables; /* family f's slot s at f * slots_total + s */
static int *slots;     /* remains r's marker m at r * MARKERS + m */
static unsigned long long seed = 1;

static double uniform(void) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return (seed >> 11) * 0x1.0p-53;
}

static double cpu_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static void interleave(double *scratch, int from, int lanes, int first_assigned) {
    for (int m = 0; m < MARKERS; m++)
        for (int g = 0; g < length[m]; g++)
            for (int l = 0; l < lanes; l++) {
                double v = from + l < families ? tables[(size_t)(from + l) * slots_total + offset[m] + g] : -INFINITY;
                scratch[(size_t)(offset[m] + g) * lanes + l] = m == 0 && first_assigned ? 0.0 + v : v;
            }
}

static long pass4(const double *sc, double threshold) {
    long above = 0;
    for (int r = 0, base = 0; r < remains; r++, base += MARKERS) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int m = 0; m < MARKERS; m++) {
            const double *p = sc + ((size_t)slots[base + m] << 2);
            s0 += p[0]; s1 += p[1]; s2 += p[2]; s3 += p[3];
        }
        above += (s0 >= threshold) + (s1 >= threshold) + (s2 >= threshold) + (s3 >= threshold);
    }
    return above;
}

static long pass8(const double *sc, double threshold) {
    long above = 0;
    for (int r = 0, base = 0; r < remains; r++, base += MARKERS) {
        const double *p = sc + ((size_t)slots[base] << 3);
        double s0 = p[0], s1 = p[1], s2 = p[2], s3 = p[3], s4 = p[4], s5 = p[5], s6 = p[6], s7 = p[7];
        for (int m = 1; m < MARKERS; m++) {
            p = sc + ((size_t)slots[base + m] << 3);
            s0 += p[0]; s1 += p[1]; s2 += p[2]; s3 += p[3]; s4 += p[4]; s5 += p[5]; s6 += p[6]; s7 += p[7];
        }
        above += (s0 >= threshold) + (s1 >= threshold) + (s2 >= threshold) + (s3 >= threshold)
                + (s4 >= threshold) + (s5 >= threshold) + (s6 >= threshold) + (s7 >= threshold);
    }
    return above;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    families = argc > 1 ? atoi(argv[1]) : 2000;
    remains = argc > 2 ? atoi(argv[2]) : 2000;
    int runs = argc > 3 ? atoi(argv[3]) : 15;
    for (int m = 0; m < MARKERS; m++) {
        offset[m] = slots_total;
        length[m] = ALLELES[m] * (ALLELES[m] + 1) / 2 + 1;
        slots_total += length[m];
    }
    tables = malloc(sizeof(double) * (size_t)families * slots_total);
    slots = malloc(sizeof(int) * (size_t)remains * MARKERS);
    double *scratch = malloc(sizeof(double) * 8 * (size_t)slots_total);
    double *ns = malloc(sizeof(double) * runs);
    for (int f = 0; f < families; f++)
        for (int m = 0; m < MARKERS; m++)
            for (int g = 0; g < length[m]; g++)
                tables[(size_t)f * slots_total + offset[m] + g] =
                        g == length[m] - 1 ? 0 : uniform() < 0.03 ? -INFINITY : 4 * uniform() - 3;
    for (int r = 0; r < remains; r++)
        for (int m = 0; m < MARKERS; m++)
            slots[r * MARKERS + m] = offset[m] + (uniform() < 0.05 ? length[m] - 1 : (int)(uniform() * (length[m] - 1)));
    for (int lanes = 4; lanes <= 8; lanes += 4) {
        long above = 0;
        for (int i = 0; i < 5 + runs; i++) {
            double t0 = cpu_seconds();
            above = 0;
            for (int from = 0; from < families; from += lanes) {
                interleave(scratch, from, lanes, lanes == 8);
                above += lanes == 4 ? pass4(scratch, 4.0) : pass8(scratch, 4.0);
            }
            if (i >= 5) ns[i - 5] = (cpu_seconds() - t0) * 1e9 / ((double)families * remains);
        }
        qsort(ns, runs, sizeof(double), by_value);
        printf("C kernel, %d families per pass, %d x %d, 1 thread: %.2f ns per pair (min %.2f, median of %d), "
               "%.3g pairs/s per core, %ld pairs at or above LR 10,000\n",
               lanes, families, remains, ns[runs / 2], ns[0], runs, 1e9 / ns[runs / 2], above);
    }
    return 0;
}
