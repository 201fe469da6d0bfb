# statistics: mean, median, mode, stdev, variance
import statistics as st
data = [2.5, 3.1, 4.7, 4.7, 5.0, 6.2, 8.9]
print(st.mean(data), st.median(data), st.mode(data))
print(st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance(data))
print(st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mean([1, 2, 3, 4]), st.mean([1, 2]), st.fmean([1, 2, 4]), st.geometric_mean([1, 10, 100]))
print(st.multimode("aabbbccdd"), st.mode([1, 1, 2]), st.harmonic_mean([40, 60]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
