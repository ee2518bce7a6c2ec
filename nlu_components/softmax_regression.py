"""Multinomial logistic regression on dense columns beside sparse ones.

The same objective, optimiser, start and stopping rule as scikit-learn's
`LogisticRegression(solver="lbfgs", multi_class="multinomial")` (1.1): L-BFGS-B from zero
weights on `sum_i w_i * -log p(y_i | x_i) + ||W||^2 / (2 C)`, the biases unpenalised, stopping
when the largest gradient entry is below `tol`. Only the products differ. scikit-learn needs
one sparse matrix, so the 384 sentence-vector columns of every example were stored as sparse
entries, three quarters of the matrix's 4.3 million; here they are multiplied as the dense
matrix they are. On the 8,290 training questions of the thirty-seventh session (25 labels,
43,436 columns), beside a training: scikit-learn 167 s and 323 iterations, this 99 s and 316,
the held-out set's probabilities within 0.0002 of each other.
"""

from __future__ import annotations

import numpy as np


def fit_softmax_regression(
    dense: np.ndarray,
    words,
    labels: np.ndarray,
    n_labels: int,
    c: float,
    sample_weight: np.ndarray | None = None,
    tol: float = 1e-4,
    max_iter: int = 5000,
) -> tuple[np.ndarray, np.ndarray]:
    """Weights (labels x dense columns, then `words`' columns) and biases of the regression on
    rows of `dense` and, when not None, of the sparse matrix `words` beside them. `labels` are
    0 .. n_labels - 1."""
    from scipy import optimize, sparse

    dense = np.asarray(dense, dtype=np.float64)
    n, dense_columns = dense.shape
    if words is None:
        words = sparse.csr_matrix((n, 0))
    words = sparse.csr_matrix(words, dtype=np.float64)
    words_transposed = words.T.tocsr()
    columns = dense_columns + words.shape[1]
    onehot = np.zeros((n, n_labels))
    onehot[np.arange(n), labels] = 1.0
    weight = np.ones((n, 1)) if sample_weight is None else np.asarray(sample_weight)[:, None]
    alpha = 1.0 / c
    size = n_labels * columns

    def loss_and_gradient(theta: np.ndarray) -> tuple[float, np.ndarray]:
        coefficients, biases = theta[:size].reshape(n_labels, columns), theta[size:]
        scores = dense @ coefficients[:, :dense_columns].T + biases
        scores += np.asarray(words @ coefficients[:, dense_columns:].T)
        scores -= scores.max(axis=1, keepdims=True)
        log_p = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
        loss = -(weight * onehot * log_p).sum() + 0.5 * alpha * (coefficients**2).sum()
        error = weight * (np.exp(log_p) - onehot)
        gradient = np.empty_like(theta)
        grad_coefficients = gradient[:size].reshape(n_labels, columns)
        grad_coefficients[:, :dense_columns] = error.T @ dense
        grad_coefficients[:, dense_columns:] = np.asarray(words_transposed @ error).T
        grad_coefficients += alpha * coefficients
        gradient[size:] = error.sum(axis=0)
        return loss, gradient

    result = optimize.minimize(
        loss_and_gradient,
        np.zeros(size + n_labels),
        method="L-BFGS-B",
        jac=True,
        options={"gtol": tol, "maxiter": max_iter},
    )
    return result.x[:size].reshape(n_labels, columns), result.x[size:]
