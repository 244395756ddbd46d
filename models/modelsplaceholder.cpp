// Replaced by the instance table model (see issue "Live fleet").
