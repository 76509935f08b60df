package cn.supervision.registry.objects.domain;

/** Credit risk class, set by credit-service: A low, B general, C fairly high, D high. */
public enum RiskLevel { A, B, C, D }
