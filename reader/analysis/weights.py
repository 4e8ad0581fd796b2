"""The similarity model's weights: a logistic regression over nine features.

Fitted by `python bench/fit_weights.py` on the MSRP training split: 10-fold
cross-validated accuracy 76.4%, training accuracy 76.7% (the small gap says nine weights
cannot memorise 4,076 pairs). The features were chosen by forward selection from ~27
candidates; see Similarity.vector() for their order. Signs are mixed because several
features overlap (surface ratio and partial ratio, say): read them as a whole.
"""

WEIGHTS = (6.772, -1.987, 10.328, -3.301, -0.852, -5.768, -2.182, 6.262, -1.778)
BIAS = -0.916
