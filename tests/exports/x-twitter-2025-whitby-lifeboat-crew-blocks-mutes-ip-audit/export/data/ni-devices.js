window.YTD.ni_devices.part0 = [
  {
    "niDeviceResponse" : {
      "messagingDevice" : {
        "phoneNumber" : "+447700900418",
        "carrier" : "gb.ee",
        "deviceType" : "Auth",
        "updatedDate" : "2024.02.01",
        "createdDate" : "2020.10.12"
      }
    }
  }
]