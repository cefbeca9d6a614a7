window.YTD.ni_devices.part0 = [ {
  "niDeviceResponse" : {
    "pushDevice" : {
      "deviceType" : "Android",
      "deviceVersion" : "7.93.4",
      "createdDate" : "2017.03.18",
      "updatedDate" : "2019.05.11"
    }
  }
} ]