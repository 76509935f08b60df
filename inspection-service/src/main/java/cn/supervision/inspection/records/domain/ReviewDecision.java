package cn.supervision.inspection.records.domain;

/** 审核: approve the submitted results (they are produced and go public), or return them for correction. */
public enum ReviewDecision { APPROVE, RETURN }
