/// <summary>What kind of message this is: it decides the transport headers.</summary>
internal enum Kind { Normal, ExchangeAutoReply, VacationResponder, Bulk, Notification, MeetingRequest, MeetingResponse, MeetingCancel }
